using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Model.SmartCharging
{
    /// <summary>Adds the SmartCharging profile to an <see cref="OcppChargePoint"/> that has transactions (composition root helper).</summary>
    public static class SmartChargingFeature
    {
        public const string ProfileName = "SmartCharging";

        /// <summary>
        /// Builds the service (loading persisted profiles), declares its keys, registers SetChargingProfile,
        /// ClearChargingProfile and GetCompositeSchedule, takes RemoteStartTransaction's chargingProfile, and adds
        /// SmartCharging to SupportedFeatureProfiles. <paramref name="sink"/> (may be null) receives the limit per connector.
        /// </summary>
        public static SmartChargingService Install(OcppChargePoint cp, TransactionService tx, ISmartChargingSink sink)
        {
            var service = new SmartChargingService(cp.Storage, cp.Clock, cp.Configuration, tx, cp.Connectors);
            service.Sink = sink;
            cp.Registry.Register(OcppAction.SetChargingProfile, new Operations.SetChargingProfile(service));
            cp.Registry.Register(OcppAction.ClearChargingProfile, new Operations.ClearChargingProfile(service));
            cp.Registry.Register(OcppAction.GetCompositeSchedule, new Operations.GetCompositeSchedule(service));
            var remoteStart = cp.Registry.Find(OcppAction.RemoteStartTransaction) as Operations.RemoteStartTransaction;
            if (remoteStart != null)
            {
                remoteStart.Profiles = service;
            }

            CoreConfiguration.AddFeatureProfile(cp.Configuration, ProfileName);
            cp.AddService(service);
            return service;
        }
    }
}
