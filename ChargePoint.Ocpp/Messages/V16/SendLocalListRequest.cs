// moved to ChargePoint.Ocpp/Model/Authorization/AuthorizationService.cs, with the local list (its entries carry the model's IdTagInfo: the engine's layer, not the codec's)
