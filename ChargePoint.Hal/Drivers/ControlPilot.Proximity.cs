namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Proximity pilot (a part of ControlPilot: one type in the .pe). PP-PE resistor → cable current rating (EVerest bring-up table). Below 60 Ω or above 4500 Ω is an error (0 A).
    /// A value between two ranges takes the lower rating; 60–80 Ω (below the 63 A range) reads as 63 A.
    /// </summary>
    public sealed partial class ControlPilot
    {
        public const double MinOhms = 60.0;
        public const double MaxOhms = 4500.0;

        /// <summary>Cable rating in amps, or 0 when the resistor is out of range (no cable, broken PP).</summary>
        public static int CableAmpsForOhms(double ohms)
        {
            if (double.IsNaN(ohms) || ohms < MinOhms || ohms > MaxOhms)
            {
                return 0;
            }

            if (ohms <= 140.0)
            {
                return 63;
            }

            if (ohms <= 308.0)
            {
                return 32;
            }

            if (ohms <= 936.0)
            {
                return 20;
            }

            return 13;
        }

        /// <summary>PP-PE resistance from the sense voltage of a pull-up divider; +infinity when open.</summary>
        public static double OhmsForMillivolts(double millivolts, int supplyMillivolts, int pullUpOhms)
        {
            if (double.IsNaN(millivolts) || millivolts >= supplyMillivolts)
            {
                return double.PositiveInfinity;
            }

            if (millivolts <= 0)
            {
                return 0.0;
            }

            return pullUpOhms * millivolts / (supplyMillivolts - millivolts);
        }
    }
}
