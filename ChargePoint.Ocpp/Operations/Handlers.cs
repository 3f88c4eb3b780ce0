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
        /// <summary>The session's dispatcher (<see cref="Rpc.RpcSession.Dispatcher"/>): the engine's actions.</summary>
        public static object Handle(string action, JsonReader payload, object request, object service, long nowMs)
        {
            switch (action)
            {
                case OcppAction.CancelReservation: return CancelReservation(payload, request, service, nowMs);
                case OcppAction.ChangeAvailability: return ChangeAvailability(payload, request, service, nowMs);
                case OcppAction.ChangeConfiguration: return ChangeConfiguration(payload, request, service, nowMs);
                case OcppAction.ClearCache: return ClearCache(payload, request, service, nowMs);
                case OcppAction.ClearChargingProfile: return ClearChargingProfile(payload, request, service, nowMs);
                case OcppAction.DataTransfer: return DataTransfer(payload, request, service, nowMs);
                case OcppAction.ExtendedTriggerMessage: return ExtendedTriggerMessage(payload, request, service, nowMs);
                case OcppAction.GetCompositeSchedule: return GetCompositeSchedule(payload, request, service, nowMs);
                case OcppAction.GetConfiguration: return GetConfiguration(payload, request, service, nowMs);
                case OcppAction.GetDiagnostics: return GetDiagnostics(payload, request, service, nowMs);
                case OcppAction.GetLocalListVersion: return GetLocalListVersion(payload, request, service, nowMs);
                case OcppAction.GetLog: return GetLog(payload, request, service, nowMs);
                case OcppAction.RemoteStartTransaction: return RemoteStartTransaction(payload, request, service, nowMs);
                case OcppAction.RemoteStopTransaction: return RemoteStopTransaction(payload, request, service, nowMs);
                case OcppAction.ReserveNow: return ReserveNow(payload, request, service, nowMs);
                case OcppAction.Reset: return Reset(payload, request, service, nowMs);
                case OcppAction.SendLocalList: return SendLocalList(payload, request, service, nowMs);
                case OcppAction.SetChargingProfile: return SetChargingProfile(payload, request, service, nowMs);
                case OcppAction.TriggerMessage: return TriggerMessage(payload, request, service, nowMs);
                case OcppAction.UnlockConnector: return UnlockConnector(payload, request, service, nowMs);
                case OcppAction.UpdateFirmware: return UpdateFirmware(payload, request, service, nowMs);
            }

            throw new OcppException(CallErrorCode.InternalError, action + " is registered without a handler");
        }
    }
}
