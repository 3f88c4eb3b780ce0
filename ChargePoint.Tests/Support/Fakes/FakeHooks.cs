using System.Collections;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Tests.Ocpp.Fakes
{
    /// <summary>Hardware hooks with settable inputs and recorded outputs.</summary>
    public sealed class FakeHooks : IChargePointHooks
    {
        public string UnlockResult { get; set; } = OcppEnum.Unlocked;

        public ArrayList Unlocks { get; } = new ArrayList();

        /// <summary>"Hard" or "Soft" per reset executed.</summary>
        public ArrayList Resets { get; } = new ArrayList();

        public bool Plugged { get; set; }

        public bool EvReady { get; set; }

        public long EnergyWh { get; set; }

        public double OfferedAmps { get; private set; } = -1;

        public bool IsPlugged(int connectorId) => Plugged;

        public bool IsEvReady(int connectorId) => EvReady;

        public long EnergyActiveImportWh(int connectorId) => EnergyWh;

        public bool TryReadMeasurand(int connectorId, string measurand, string? phase, out double value)
        {
            value = 0;
            return false;
        }

        public void SetOfferedCurrentLimit(int connectorId, double amps) => OfferedAmps = amps;

        public string UnlockConnector(int connectorId)
        {
            Unlocks.Add(connectorId);
            return UnlockResult;
        }

        public void Reset(bool hard) => Resets.Add(hard ? "Hard" : "Soft");

        public void CardOutcome(int connectorId, string idTag, bool accepted, string reason)
        {
        }
    }
}
