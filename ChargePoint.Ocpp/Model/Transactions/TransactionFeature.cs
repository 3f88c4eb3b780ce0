using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Authorization;
using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Adds transactions, authorization and metering to an <see cref="OcppChargePoint"/> (composition root helper).</summary>
    public static class TransactionFeature
    {
        /// <summary>
        /// Opens the journal (a boot), builds the authorization and transaction services, registers the
        /// RemoteStartTransaction, RemoteStopTransaction and ClearCache handlers, and hooks Reset and UnlockConnector.
        /// </summary>
        /// <param name="meters">Index = connectorId; index 0 is the optional main meter.</param>
        /// <param name="journalPrefix">Message-id prefix for a new journal (unique per device/wipe, e.g. "tx" + random).</param>
        public static TransactionService Install(OcppChargePoint cp, IMeter[] meters, JournalLimits limits, string journalPrefix, long nowMs)
        {
            var journal = new TransactionJournal(cp.Storage, limits);
            journal.Open(journalPrefix);
            var auth = new AuthorizationService(cp.Storage, new AuthorizationSettings());
            var service = new TransactionService(cp.Session, cp.Clock, cp.Configuration, cp.Hooks, cp.Connectors, meters, journal, auth, nowMs);
            cp.Session.Register(OcppAction.RemoteStartTransaction, Operations.Handlers.RemoteStartTransaction, service);
            cp.Session.Register(OcppAction.RemoteStopTransaction, Operations.Handlers.RemoteStopTransaction, service);
            cp.Session.Register(OcppAction.ClearCache, Operations.Handlers.ClearCache, auth);
            cp.Reset.ResetRequested += service.StopAllForReset;
            cp.Reset.Transactions = service;
            cp.Transactions = service;
            cp.AddService(service);
            return service;
        }
    }
}
