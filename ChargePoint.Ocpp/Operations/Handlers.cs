using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>
    /// The handlers of the incoming actions (<see cref="Rpc.OperationHandler"/>), one static method per action in its own
    /// file <c>Operations/&lt;Action&gt;.cs</c> (the certificate management's in <c>Certificates/Operations/</c>), named
    /// exactly after the action. They only translate between payloads and services; the services register the actions
    /// they serve (<see cref="Rpc.RpcSession.Register"/>). One type for all of them: a class per action cost the image a
    /// type, a constructor and two methods each.
    /// </summary>
    public static partial class Handlers
    {
        /// <summary>
        /// The session's dispatcher (<see cref="Rpc.RpcSession.Dispatcher"/>): the engine's actions. The action's place in
        /// <see cref="OcppAction.CentralSystemInitiated"/> picks the handler: a switch over strings compiled to a hash or
        /// length test plus a string compare per case (~1 KB of IL); the cases below follow that list's order.
        /// </summary>
        public static object Handle(string action, JsonReader payload, object request, object service, long nowMs)
        {
            switch (Validate.Ordinal(OcppAction.CentralSystemInitiated, ' ', action))
            {
                case 0: return CancelReservation(payload, request, service, nowMs);
                case 1: return ChangeAvailability(payload, request, service, nowMs);
                case 2: return ChangeConfiguration(payload, request, service, nowMs);
                case 3: return ClearCache(payload, request, service, nowMs);
                case 4: return ClearChargingProfile(payload, request, service, nowMs);
                case 5: return DataTransfer(payload, request, service, nowMs);
                case 6: return GetCompositeSchedule(payload, request, service, nowMs);
                case 7: return GetConfiguration(payload, request, service, nowMs);
                case 8: return GetDiagnostics(payload, request, service, nowMs);
                case 9: return GetLocalListVersion(payload, request, service, nowMs);
                case 10: return RemoteStartTransaction(payload, request, service, nowMs);
                case 11: return RemoteStopTransaction(payload, request, service, nowMs);
                case 12: return ReserveNow(payload, request, service, nowMs);
                case 13: return Reset(payload, request, service, nowMs);
                case 14: return SendLocalList(payload, request, service, nowMs);
                case 15: return SetChargingProfile(payload, request, service, nowMs);
                case 16: return TriggerMessage(payload, request, service, nowMs);
                case 17: return UnlockConnector(payload, request, service, nowMs);
                case 18: return UpdateFirmware(payload, request, service, nowMs);
                case 21: return ExtendedTriggerMessage(payload, request, service, nowMs);
                case 23: return GetLog(payload, request, service, nowMs);
            }

            throw new OcppException(CallErrorCode.InternalError, action + " has no handler");
        }
    }
}
