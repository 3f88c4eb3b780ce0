// moved to ChargePoint.Ocpp/Model/LocalAuthList/LocalAuthListService.cs (its entries carry the model's IdTagInfo: the engine's layer, not the codec's)
