using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Tests.Ocpp.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>
    /// The transaction world (<see cref="TxWorld"/>: simulated flash, in-memory link, scripted Central System) with the
    /// RemoteTrigger, LocalAuthListManagement and Reservation profiles installed on every boot.
    /// </summary>
    internal sealed class ProfileWorld
    {
        public readonly TxWorld W;
        public AuthorizationService LocalList = null!;
        public TransactionService Reservations = null!; // the transaction service, with its Reservation profile
        public readonly bool ConnectorZero;

        public ProfileWorld(int connectorCount)
            : this(connectorCount, true)
        {
        }

        public ProfileWorld(int connectorCount, bool reserveConnectorZero)
        {
            ConnectorZero = reserveConnectorZero;
            W = new TxWorld(connectorCount);
            Install();
        }

        public OcppChargePoint Cp => W.Cp;

        public TxCentralSystem Cs => W.Cs;

        public TxHooks Hooks => W.Hooks;

        public long Now => W.Now;

        /// <summary>A power cycle on the same storage, with the profiles installed again.</summary>
        public void Reboot()
        {
            W.Reboot();
            Install();
        }

        public void Run(long ms) => W.Run(ms);

        /// <summary>Boot, Accepted and the initial StatusNotifications, then forgets those frames.</summary>
        public ProfileWorld Idle()
        {
            W.ToIdle();
            return this;
        }

        public void Set(string key, string value) => W.Set(key, value);

        /// <summary>World time as the Central System writes it (the charge point clock runs 100 ms behind: set from the Boot answer one step late).</summary>
        public string T(long worldMs) => W.Cs.Time(worldMs);

        /// <summary>Sends a CALL, runs one step and returns the answer payload.</summary>
        public string Call(string action, string payload)
        {
            string id = W.Cs.Call(action, payload);
            W.Run(W.StepMs);
            return W.Cs.Result(id) ?? "(no answer)";
        }

        /// <summary>Asserts the CALLs the Central System received since the last look, one "Action {payload}" a line.</summary>
        public void Expect(string expected)
        {
            string actual = W.Cs.Take();
            Assert.AreEqual(expected, actual, "actual frames:\n" + actual);
        }

        public string Status(int connectorId, string status, long worldMs)
        {
            return "StatusNotification {\"connectorId\":" + connectorId.ToString() + ",\"errorCode\":\"NoError\",\"status\":\"" + status +
                "\",\"timestamp\":\"" + T(worldMs) + "\"}\n";
        }

        private void Install()
        {
            W.Cp.AddRemoteTrigger();
            LocalList = W.Tx.Authorization;
            LocalList.AddLocalListProfile(W.Cp);
            W.Tx.AddReservations(W.Cp, ConnectorZero);
            Reservations = W.Tx;
        }
    }
}
