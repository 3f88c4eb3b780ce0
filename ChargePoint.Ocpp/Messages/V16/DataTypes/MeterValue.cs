// moved to ChargePoint.Ocpp/CentralSystem/ValueFormat.cs (the charger writes Model.Transactions.MeterValue: MeterValuesRequest.WriteMeterValue)
