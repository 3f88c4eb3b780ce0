using ChargePoint.Hal.Boards;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>PP sense: pull-up to the PP supply, the cable's PP-PE resistor to ground.</summary>
    public sealed class SimulatedPpAdc : IAdcChannel
    {
        /// <summary>Cable resistor; +infinity when no cable is plugged into the socket.</summary>
        public double CableOhms { get; set; } = double.PositiveInfinity;

        public int MaxRaw
        {
            get { return 4095; }
        }

        /// <summary>Nominal resistor of a cable rating (13/20/32/63 A); +infinity for anything else.</summary>
        public static double NominalOhmsFor(int cableAmps)
        {
            switch (cableAmps)
            {
                case 13: return 1500.0;
                case 20: return 680.0;
                case 32: return 220.0;
                case 63: return 100.0;
                default: return double.PositiveInfinity;
            }
        }

        public int ReadRaw()
        {
            double r = CableOhms;
            double mv = double.IsPositiveInfinity(r) ? BoardDefinition.PpSupplyMillivolts : BoardDefinition.PpSupplyMillivolts * r / (r + BoardDefinition.PpPullUpOhms);
            int raw = (int)(mv * MaxRaw / BoardDefinition.AdcFullScaleMillivolts + 0.5);
            return raw < 0 ? 0 : raw > MaxRaw ? MaxRaw : raw;
        }
    }
}
