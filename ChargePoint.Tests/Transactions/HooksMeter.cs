using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// Presents one connector's meter inputs of the test hooks (<see cref="TxHooks"/>; the engine's <see cref="IChargePointHooks"/> reads no measurand) as an <see cref="IMeter"/>. A test kit: the
    /// firmware binds its meters itself, so this adapter left the image.
    /// </summary>
    public sealed class HooksMeter : IMeter
    {
        private readonly TxHooks _hooks;
        private readonly int _connectorId;

        public HooksMeter(TxHooks hooks, int connectorId, int phaseCount)
        {
            _hooks = hooks;
            _connectorId = connectorId;
            PhaseCount = phaseCount;
        }

        public long EnergyActiveImportWh
        {
            get { return _hooks.EnergyActiveImportWh(_connectorId); }
        }

        public int PhaseCount { get; }

        public bool Supports(int measurand)
        {
            if (measurand == Measurand.EnergyActiveImportRegister)
            {
                return true;
            }

            double value;
            return TryRead(measurand, Phase.None, out value) || TryRead(measurand, Phase.L1, out value) || TryRead(measurand, Phase.L1N, out value);
        }

        /// <summary>The hooks' total is the test's own: nothing to raise.</summary>
        public void RaiseEnergyTo(long wh)
        {
        }

        public bool TryRead(int measurand, int phase, out double value)
        {
            return _hooks.TryReadMeasurand(_connectorId, Measurand.ToText(measurand), phase == Phase.None ? null : Measurand.ToText(Phase.Base + phase), out value);
        }
    }
}
