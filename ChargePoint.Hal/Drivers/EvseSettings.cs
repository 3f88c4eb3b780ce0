using ChargePoint.Hal.Metering;

namespace ChargePoint.Hal.Drivers
{
    /// <summary>Settings of <see cref="EvseController"/> and the drivers it builds.</summary>
    public sealed class EvseSettings
    {
        /// <summary>IEC 61851-1 Table A.6 seq. 10.2: after the PWM stops, an EV still in C is disconnected under load after this long.</summary>
        public const int PwmStopToOpenMs = 6000;

        /// <summary>State D needs ventilation; without it D is treated as "not allowed" (contactor stays open).</summary>
        public bool VentilationAvailable;

        public FaultSettings Faults = new FaultSettings();
        public Atm90e32Settings Meter = new Atm90e32Settings();
    }
}
