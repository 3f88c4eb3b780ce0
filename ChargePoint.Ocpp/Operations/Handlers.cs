using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>
    /// The handlers of the incoming actions (<see cref="Rpc.OperationHandler"/>). They only translate between payloads
    /// and services; the services register the actions they serve (<see cref="Rpc.RpcSession.Register"/>). One method
    /// for the engine's actions (<see cref="Handle"/>): a method per action cost the image a row and a call each; the
    /// certificate management's dispatcher is in
    /// <c>Certificates/Operations/</c>.
    /// </summary>
    public static partial class Handlers
    {
        /// <summary>
        /// The session's dispatcher (<see cref="Rpc.RpcSession.Dispatcher"/>): the engine's actions. The action's place in
        /// <see cref="OcppAction.CentralSystemInitiated"/> picks the case (an int switch; a switch over strings compiles
        /// to a hash or length test plus a string compare per case, ~1 KB of IL). With a payload, the request is parsed
        /// (actions parsed alike share a case); without, the parsed request is handled by the registered service.
        /// </summary>
        public static object Handle(string action, JsonReader payload, object request, object service, long nowMs)
        {
            int index = Validate.Ordinal(OcppAction.CentralSystemInitiated, ' ', action);
            if (payload != null)
            {
                switch (index)
                {
                    case 0: // CancelReservation
                        return IntPayload.Parse(payload, "reservationId", int.MinValue);
                    case 1: // ChangeAvailability
                        return ConnectorRequest.Parse(payload, OcppEnum.AvailabilityType);
                    case 2: // ChangeConfiguration
                        return StringPayload.ParsePair(payload, false);
                    case 3: // ClearCache
                    case 9: // GetLocalListVersion
                        return EmptyPayload.Parse(payload);
                    case 4: // ClearChargingProfile
                    case 10: // RemoteStartTransaction
                    case 15: // SetChargingProfile
                        return ProfileRequest.Parse(payload, action);
                    case 5: // DataTransfer
                        return DataTransferRequest.Parse(payload);
                    case 6: // GetCompositeSchedule
                        return ConnectorRequest.Parse(payload, OcppEnum.ChargingRateUnitType);
                    case 7: // GetConfiguration
                        return GetConfigurationResponse.ParseRequest(payload);
                    case 8: // GetDiagnostics
                    case 18: // UpdateFirmware
                    case 23: // GetLog
                        return UpdateFirmwareRequest.Parse(payload, action);
                    case 11: // RemoteStopTransaction
                        return IntPayload.Parse(payload, "transactionId", int.MinValue);
                    case 12: // ReserveNow
                        return ReserveNowRequest.Parse(payload);
                    case 13: // Reset
                        return StringPayload.Parse(payload, "type", 0, OcppEnum.ResetType);
                    case 14: // SendLocalList
                        return SendLocalListRequest.Parse(payload);
                    case 16: // TriggerMessage
                        return ConnectorRequest.Parse(payload, OcppEnum.MessageTrigger);
                    case 17: // UnlockConnector
                        return IntPayload.Parse(payload, "connectorId", 0);
                    case 21: // ExtendedTriggerMessage
                        return ConnectorRequest.Parse(payload, OcppEnum.MessageTriggerEnumType);
                }
            }
            else
            {
                var connector = request as ConnectorRequest;
                var profile = request as ProfileRequest;
                var update = request as UpdateFirmwareRequest;
                switch (index)
                {
                    case 0: // → TransactionService.Cancel (Rejected for an unknown reservationId)
                        return ((TransactionService)service).Cancel(((IntPayload)request).Value);
                    case 1: // → OcppChargePoint.ChangeAvailability
                        return ((OcppChargePoint)service).ChangeAvailability(connector.ConnectorId, connector.Value);
                    case 2: // → ConfigurationStore.Change (NotSupported, Rejected, RebootRequired, Accepted)
                        var pair = (StringPayload)request;
                        return ((ConfigurationStore)service).Change(pair.Value, pair.Value2);
                    case 3: // Accepted and the cache emptied; Rejected without a cache (no authorization service, or AuthorizationCacheEnabled false; Errata 3.23)
                        var authorization = (AuthorizationService)service;
                        return authorization != null && authorization.ClearCache() ? OcppEnum.Accepted : OcppEnum.Rejected;
                    case 4: // → SmartChargingService.Clear (Accepted or Unknown)
                        return ((SmartChargingService)service).Clear(profile.Id, profile.ConnectorId, profile.ChargingProfilePurpose, profile.StackLevel);
                    case 5: // → the vendor's IDataTransferHandler (service: OcppChargePoint.DataTransferVendors); UnknownVendorId when none is registered (TC_062)
                        var data = (DataTransferRequest)request;
                        var vendor = (IDataTransferHandler)((Hashtable)service)[data.VendorId];
                        return vendor == null ? OcppEnum.UnknownVendorId : (object)vendor.Handle(data, nowMs);
                    case 6: // → SmartChargingService.CompositeSchedule
                        return ((SmartChargingService)service).CompositeSchedule(connector.ConnectorId, connector.Duration, connector.Value, nowMs);
                    case 7: // GetConfiguration: no key → every visible key; listed keys → those known (configurationKey) and
                        // the rest (unknownKey). Write-only keys (AuthorizationKey) are never returned: asked for, they
                        // count as unknown. More keys than GetConfigurationMaxKeys is an OccurenceConstraintViolation
                        // (the list's maxItems).
                        var asked = (string[])request;
                        var store = (ConfigurationStore)service;
                        bool all = asked == null || asked.Length == 0;
                        if (!all && asked.Length > store.Int(ConfigKeys.GetConfigurationMaxKeys))
                        {
                            throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "over GetConfigurationMaxKeys");
                        }

                        var conf = new GetConfigurationResponse();
                        var known = new ArrayList();
                        var unknown = new ArrayList();
                        int n = all ? store.Count : asked.Length;
                        for (int i = 0; i < n; i++)
                        {
                            int key = all ? i : store.Find(asked[i]);
                            int flags = key < 0 ? ConfigurationStore.WriteOnly : store.Flags(key);
                            if ((flags & ConfigurationStore.WriteOnly) == 0)
                            {
                                var kv = new KeyValue(store.Name(key), (flags & ConfigurationStore.ReadOnly) != 0);
                                kv.Value = store.Value(key);
                                known.Add(kv);
                            }
                            else if (!all)
                            {
                                unknown.Add(asked[i]);
                            }
                        }

                        if (unknown.Count > 0)
                        {
                            conf.UnknownKey = (string[])unknown.ToArray(typeof(string));
                        }

                        if (known.Count > 0)
                        {
                            conf.ConfigurationKey = (KeyValue[])known.ToArray(typeof(KeyValue));
                        }

                        return conf;
                    case 9: // → AuthorizationService.ListVersion (-1 disabled, 0 empty)
                        return new IntPayload("listVersion", ((AuthorizationService)service).ListVersion);
                    case 10: // → TransactionService.RemoteStart (Accepted = "will try", Errata 3.32). Service is the TransactionService,
                        // or the SmartChargingService (which registers the action again when installed): only then is the
                        // request's chargingProfile taken, otherwise it is ignored.
                        var profiles = service as SmartChargingService;
                        ChargingProfile txProfile = profiles == null ? null : profile.ChargingProfile;
                        if (txProfile != null && (txProfile.ChargingProfilePurpose != OcppEnum.TxProfile || !profiles.IsValid(txProfile)))
                        {
                            return OcppEnum.Rejected; // not a valid TxProfile (TC_060)
                        }

                        string started = (profiles == null ? (TransactionService)service : profiles.Transactions).RemoteStart(profile.ConnectorId, profile.IdTag, nowMs);
                        if (started == OcppEnum.Accepted && txProfile != null)
                        {
                            profiles.Attach(profile.ConnectorId, profile.IdTag, txProfile, nowMs);
                        }

                        return started;
                    case 11: // → TransactionService.RemoteStop: Rejected for an unknown transactionId
                        return ((TransactionService)service).RemoteStop(((IntPayload)request).Value, nowMs);
                    case 12: // → TransactionService.Reserve
                        var reserve = (ReserveNowRequest)request;
                        return ((TransactionService)service).Reserve(reserve.ConnectorId, CaptureTime.ToMs(reserve.ExpiryDate), reserve.IdTag, reserve.ParentIdTag, reserve.ReservationId, nowMs);
                    case 13: // → OcppChargePoint.Reset; the reboot itself happens in its Tick
                        return ((OcppChargePoint)service).Reset(((StringPayload)request).Value, nowMs);
                    case 14: // → AuthorizationService.Update
                        return ((AuthorizationService)service).Update((SendLocalListRequest)request);
                    case 15: // → SmartChargingService.SetProfile (Accepted or Rejected)
                        return ((SmartChargingService)service).SetProfile(profile.ConnectorId, profile.ChargingProfile, nowMs);
                    case 16: // → OcppChargePoint.Trigger (the message follows the answer)
                    case 21: // ExtendedTriggerMessage, the same with the Security Whitepaper's messages
                        return ((OcppChargePoint)service).Trigger(connector.Value, connector.ConnectorId, index == 21, nowMs);
                    case 17: // Spec §5.18, Errata 3.87 (service: the OcppChargePoint): NotSupported for connector 0 or an unknown
                        // connector; otherwise OcppChargePoint.Transactions stops a running transaction (UnlockCommand) before
                        // the lock opens, then the hardware hook answers Unlocked, UnlockFailed (a real mechanical failure) or
                        // NotSupported (fixed cable).
                        var cp = (OcppChargePoint)service;
                        int connectorId = ((IntPayload)request).Value;
                        if (connectorId < 1 || connectorId >= cp.Connectors.Length)
                        {
                            return OcppEnum.NotSupported;
                        }

                        cp.Transactions?.Stop(connectorId, StopReason.UnlockCommand, null, nowMs);
                        string unlocked = cp.Hooks.UnlockConnector(connectorId);
                        return Validate.IsOneOf(unlocked, OcppEnum.UnlockStatus) ? unlocked : OcppEnum.UnlockFailed;
                    case 18: // → FirmwareService.Request; the empty .conf only acknowledges it
                        ((FirmwareService)service).Request(update, nowMs);
                        return new EmptyPayload();
                    case 8: // → DiagnosticsService.Request: GetDiagnostics.conf names the file (omitted when none)
                    case 23: // GetLog.conf: the status, and the file when accepted
                        string fileName;
                        string status = ((DiagnosticsService)service).Request(update, out fileName);
                        return index == 8 ? new StringPayload("fileName", fileName) : (object)new StatusPayload(status) { TextName = "filename", Text = fileName };
                }
            }

            throw new OcppException(CallErrorCode.InternalError, action + " has no handler");
        }
    }
}
