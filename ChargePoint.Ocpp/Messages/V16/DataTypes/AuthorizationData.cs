// moved to ChargePoint.Ocpp/Model/Authorization/IdTagInfo.cs (it carries the model's IdTagInfo: the engine's layer, not the codec's)
