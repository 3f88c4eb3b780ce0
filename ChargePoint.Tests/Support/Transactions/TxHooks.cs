using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>Simulated EVSE side for the transaction scenarios: plug/EV-ready inputs, meters, outputs recorded.</summary>
    public sealed class TxHooks : IChargePointHooks
    {
        public readonly bool[] Plugged;
        public readonly bool[] EvReady;
        public readonly double[] Offered;
        public readonly SimulatedMeter[] Meters;
        public string UnlockResult = "Unlocked";
        public int Unlocks;
        public int Resets;
        public bool LastResetHard;

        public TxHooks(SimulatedMeter[] meters)
        {
            Meters = meters;
            Plugged = new bool[meters.Length];
            EvReady = new bool[meters.Length];
            Offered = new double[meters.Length];
        }

        public bool IsPlugged(int connectorId) => Plugged[connectorId];

        public bool IsEvReady(int connectorId) => EvReady[connectorId];

        public long EnergyActiveImportWh(int connectorId) => Meters[connectorId].EnergyActiveImportWh;

        public bool TryReadMeasurand(int connectorId, string measurand, string? phase, out double value)
        {
            value = 0;
            return false;
        }

        public void SetOfferedCurrentLimit(int connectorId, double amps) => Offered[connectorId] = amps;

        public string UnlockConnector(int connectorId)
        {
            Unlocks++;
            return UnlockResult;
        }

        public void Reset(bool hard)
        {
            Resets++;
            LastResetHard = hard;
        }

        /// <summary>The last card outcome, as the console would show it: "accepted: reason" or "refused: reason".</summary>
        public string? LastCardOutcome;

        public void CardOutcome(int connectorId, string idTag, bool accepted, string reason)
        {
            LastCardOutcome = (accepted ? "accepted: " : "refused: ") + reason;
        }
    }
}
