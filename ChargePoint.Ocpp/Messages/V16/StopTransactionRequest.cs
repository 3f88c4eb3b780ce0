// moved to ChargePoint.Ocpp/CentralSystem/Reason.cs (the charger writes this request in JournalMessage.WritePayload)
