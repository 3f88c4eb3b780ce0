using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Model.RemoteTrigger
{
    /// <summary>Adds the RemoteTrigger profile to an <see cref="OcppChargePoint"/> (composition root helper).</summary>
    public static class RemoteTriggerFeature
    {
        public const string ProfileName = "RemoteTrigger";

        /// <summary>Registers TriggerMessage and lists RemoteTrigger in SupportedFeatureProfiles.</summary>
        /// <param name="transactions">Source of meters and running transactions for MeterValues; null answers NotImplemented to it.</param>
        public static RemoteTriggerService Install(OcppChargePoint cp, TransactionService transactions)
        {
            var service = new RemoteTriggerService(cp.Session, cp.Clock, cp.Boot, cp.Connectors, transactions);
            cp.Registry.Register(OcppAction.TriggerMessage, new Operations.TriggerMessage(), service);
            CoreConfiguration.AddFeatureProfile(cp.Configuration, ProfileName);
            return service;
        }
    }
}
