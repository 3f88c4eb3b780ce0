using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Operations
{
    /// <summary>RemoteStartTransaction.req → <see cref="TransactionService.RemoteStart"/> (Accepted = "will try", Errata 3.32).</summary>
    public sealed class RemoteStartTransaction : IOperationHandler
    {

        /// <summary>Takes the request's chargingProfile (set by SmartChargingService); without it the profile is ignored.</summary>
        public SmartChargingService Profiles;

        public object Parse(JsonReader payload) => RemoteStartTransactionRequest.Parse(payload);

        public IOcppPayload Handle(object request, object service, long nowMs)
        {
            var req = (RemoteStartTransactionRequest)request;
            if (req.ChargingProfile != null && Profiles != null && !Profiles.Accepts(req.ChargingProfile))
            {
                return new StatusPayload(RemoteStartStopStatus.Rejected); // not a valid TxProfile (TC_060)
            }

            string status = ((TransactionService)service).RemoteStart(req.ConnectorId, req.IdTag, nowMs);
            if (status == RemoteStartStopStatus.Accepted && req.ChargingProfile != null && Profiles != null)
            {
                Profiles.Attach(req.ConnectorId, req.IdTag, req.ChargingProfile, nowMs);
            }

            return new StatusPayload(status);
        }
    }
}
