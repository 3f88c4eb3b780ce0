// moved to ChargePoint.Ocpp/Model/Metering/MeterValue.cs (written from the model: the engine's layer, not the codec's)
