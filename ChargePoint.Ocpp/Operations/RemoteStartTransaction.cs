using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>
        /// RemoteStartTransaction.req → <see cref="TransactionService.RemoteStart"/> (Accepted = "will try", Errata 3.32).
        /// Service is the <see cref="TransactionService"/>, or the <see cref="SmartChargingService"/> (which registers this
        /// handler again when installed): only then is the request's chargingProfile taken, otherwise it is ignored.
        /// </summary>
        private static object RemoteStartTransaction(ProfileRequest req, object service, long nowMs)
        {
            var profiles = service as SmartChargingService;
            ChargingProfile profile = profiles == null ? null : req.ChargingProfile;
            if (profile != null && (profile.ChargingProfilePurpose != OcppEnum.TxProfile || !profiles.IsValid(profile)))
            {
                return OcppEnum.Rejected; // not a valid TxProfile (TC_060)
            }

            string status = (profiles == null ? (TransactionService)service : profiles.Transactions).RemoteStart(req.ConnectorId, req.IdTag, nowMs);
            if (status == OcppEnum.Accepted && profile != null)
            {
                profiles.Attach(req.ConnectorId, req.IdTag, profile, nowMs);
            }

            return status;
        }
    }
}
