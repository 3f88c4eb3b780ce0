// moved to ChargePoint.Ocpp/CentralSystem/CentralSystemWriter.cs (the charger parses an idTagInfo into Model.Transactions.IdTagInfo: IdTagInfoPayload.ParseIdTagInfo)
