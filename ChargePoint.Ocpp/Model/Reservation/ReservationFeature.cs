using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Model.Reservation
{
    /// <summary>Adds the Reservation profile to an <see cref="OcppChargePoint"/> (composition root helper).</summary>
    public static class ReservationFeature
    {
        public const string ProfileName = "Reservation";

        /// <summary>
        /// Loads the persisted reservations, registers ReserveNow and CancelReservation, makes the transaction service
        /// ask it before an idTag uses a connector, declares ReserveConnectorZeroSupported (R) and lists the profile.
        /// Install after <see cref="TransactionFeature"/> (its Tick must follow the transaction service's).
        /// </summary>
        public static ReservationService Install(OcppChargePoint cp, TransactionService transactions, bool connectorZeroSupported)
        {
            var service = new ReservationService(cp.Storage, cp.Clock, cp.Configuration, cp.Connectors, connectorZeroSupported);
            transactions.Reservations = service;
            cp.Registry.Register(OcppAction.ReserveNow, new Operations.ReserveNow(), service);
            cp.Registry.Register(OcppAction.CancelReservation, new Operations.CancelReservation(), service);
            CoreConfiguration.AddFeatureProfile(cp.Configuration, ProfileName);
            cp.AddService(service);
            return service;
        }
    }
}
