// moved to ChargePoint.Ocpp/CentralSystem/ValueFormat.cs (only the Central System direction reads these strings)
