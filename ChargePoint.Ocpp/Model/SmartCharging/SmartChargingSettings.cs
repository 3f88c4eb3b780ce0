namespace ChargePoint.Ocpp.Model.SmartCharging
{
    /// <summary>Electrical and capacity parameters of smart charging (set before <see cref="SmartChargingFeature.Install"/>).</summary>
    public sealed class SmartChargingSettings
    {
        /// <summary>Phase-to-neutral voltage used to convert W limits to A (and back).</summary>
        public double Voltage = 230;

        /// <summary>Phases assumed when a schedule period has no numberPhases (Spec §7.9 default: 3).</summary>
        public int Phases = 3;

        /// <summary>What a connector can give without any profile, A; fills the gaps of a composite schedule.</summary>
        public double MaxCurrentA = 32;

        /// <summary>
        /// A limit below this (A) cannot be offered (IEC 61851: 6 A) and suspends a running transaction on the EVSE side
        /// (SuspendedEVSE) like a limit of 0. 0: only a limit of 0 suspends.
        /// </summary>
        public double SuspendBelowA;

        /// <summary>ChargeProfileMaxStackLevel (R).</summary>
        public int MaxStackLevel = 8;

        /// <summary>ChargingScheduleMaxPeriods (R).</summary>
        public int MaxPeriods = 24;

        /// <summary>MaxChargingProfilesInstalled (R).</summary>
        public int MaxProfiles = 16;

        /// <summary>How often the per-connector limit is re-evaluated, ms (it is also re-evaluated at once on any change).</summary>
        public long EvaluateEveryMs = 1000;
    }
}
