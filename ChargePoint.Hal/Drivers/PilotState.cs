namespace ChargePoint.Hal.Drivers
{
    /// <summary>IEC 61851-1 control-pilot states as seen on the CP line (after filtering).</summary>
    public enum PilotState
    {
        /// <summary>Not yet settled after start-up.</summary>
        Unknown = 0,

        /// <summary>+12 V: no EV.</summary>
        A = 1,

        /// <summary>+9 V: EV connected, not requesting.</summary>
        B = 2,

        /// <summary>+6 V: EV requests charge.</summary>
        C = 3,

        /// <summary>+3 V: charge with ventilation.</summary>
        D = 4,

        /// <summary>0 V: CP shorted to PE.</summary>
        E = 5,

        /// <summary>−12 V: EVSE not available (driven by us).</summary>
        F = 6,

        /// <summary>B/C/D level on the positive half-wave but the negative half-wave does not reach −12 V: EV diode shorted or missing.</summary>
        DiodeFault = 7,

        /// <summary>A level between the bands.</summary>
        Invalid = 8,
    }
}
