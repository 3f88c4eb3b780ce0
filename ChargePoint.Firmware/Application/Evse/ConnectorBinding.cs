using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Model.Status;

namespace ChargePoint.Firmware.Evse
{
    /// <summary>
    /// One connector's state in the charger's EVSE binding (its OCPP connector, limits and fault reporting) and in
    /// <see cref="LoadSharing"/> (its cap, demand, share and offer; no class of its own: size), and its HAL
    /// energy meter (ATM90E32) as the OCPP engine's <see cref="IMeter"/>: energy register, per-phase voltage,
    /// current and power, power factor, frequency, temperature, and the offered current from the pilot.
    /// Live values are reported only while the meter runs; the energy register always, and only as saved: reading it
    /// for a report saves the running total first when it grew (a Central System bills on it; see PersistedWholeWh).
    /// </summary>
    public sealed class ConnectorBinding : IMeter
    {
        private const int Phases = 3;

        private readonly EvseController _evse;

        public ConnectorBinding(EvseController evse)
        {
            _evse = evse;
        }

        public Connector Connector;

        /// <summary>The current OCPP allows (A): the session limit, 0 without a session.</summary>
        public double OcppLimitAmps;

        /// <summary>Its smart-charging limit (A per phase); NoLimit when no profile limits it.</summary>
        public double SmartLimitAmps = SmartChargingService.NoLimit;

        public HalFaults ReportedFaults = HalFaults.None;

        /// <summary>Faults seen but not yet reported (a proximity fault must persist first), and since when.</summary>
        public HalFaults PendingFaults = HalFaults.None;

        public long PendingSinceMs;

        // Its state in LoadSharing (amps per phase, times in ms).

        /// <summary>Its own cap this tick: 0 when it does not take part (below 6 A).</summary>
        internal double Cap;

        /// <summary>What its EV draws (NaN = unknown).</summary>
        internal double Draw;

        /// <summary>Its cap, or its draw + headroom while it leaves part of a settled offer unused.</summary>
        internal double Demand;

        /// <summary>This tick's share.</summary>
        internal double Target;

        /// <summary>What its pilot offers.</summary>
        internal double Offered;

        /// <summary>Counted against the limit: the offer, or a higher old one until the EV has followed.</summary>
        internal double Counted;

        internal long DecreasedAtMs;
        internal long OfferSinceMs;
        internal long ArrivedAtMs;
        internal bool Active;

        /// <summary>Gets a share this tick (not dropped for lack of 6 A).</summary>
        internal bool Open;

        public long EnergyActiveImportWh
        {
            get
            {
                Atm90e32 meter = _evse.Meter;
                return meter == null ? 0 : meter.PersistedWholeWh();
            }
        }

        public void RaiseEnergyTo(long wh)
        {
            Atm90e32 meter = _evse.Meter;
            if (meter != null)
            {
                meter.RaiseTotalTo(wh);
            }
        }

        public int PhaseCount
        {
            get { return Phases; }
        }

        public bool Supports(int measurand)
        {
            // One bit per measurand read here (a mask, not a switch: smaller in the image).
            const int supported = (1 << Measurand.EnergyActiveImportRegister) | (1 << Measurand.PowerActiveImport) | (1 << Measurand.PowerFactor)
                | (1 << Measurand.CurrentImport) | (1 << Measurand.CurrentOffered) | (1 << Measurand.Voltage) | (1 << Measurand.Frequency)
                | (1 << Measurand.Temperature);
            return measurand > 0 && measurand < 31 && ((supported >> measurand) & 1) != 0;
        }

        public bool TryRead(int measurand, int phase, out double value)
        {
            value = 0;
            if (measurand == Measurand.CurrentOffered)
            {
                value = _evse.Pilot.OfferedAmps;
                return phase == Phase.None || PhaseIndex(phase) >= 0;
            }

            Atm90e32 meter = _evse.Meter;
            if (meter == null)
            {
                return false;
            }

            if (measurand == Measurand.EnergyActiveImportRegister)
            {
                value = meter.PersistedWholeWh();
                return phase == Phase.None;
            }

            if (meter.Status != MeterStatus.Running)
            {
                return false;
            }

            Atm90e32 r = meter;
            int index = PhaseIndex(phase);
            if (phase != Phase.None && index < 0)
            {
                return false;
            }

            switch (measurand)
            {
                case Measurand.Voltage:
                    value = r.Volts[index < 0 ? 0 : index];
                    return true;
                case Measurand.CurrentImport:
                    value = index < 0 ? 0 : r.Amps[index];
                    for (int p = 0; index < 0 && p < Phases; p++)
                    {
                        value += r.Amps[p]; // the sum of the phases
                    }

                    return true;
                case Measurand.PowerActiveImport:
                    value = index < 0 ? r.TotalWatts : r.Watts[index];
                    return true;
                case Measurand.PowerFactor:
                    value = r.PowerFactor[index < 0 ? 0 : index];
                    return true;
                case Measurand.Frequency:
                    value = r.FrequencyHz;
                    return index < 0;
                case Measurand.Temperature:
                    value = r.TemperatureCelsius;
                    return index < 0 && !double.IsNaN(value);
                default:
                    return false;
            }
        }

        // L1 or L1-N: 0, L2/L2-N: 1, L3/L3-N: 2; any other phase -1.
        private static int PhaseIndex(int phase)
        {
            return phase >= Phase.L1N && phase <= Phase.L3N ? phase - Phase.L1N : phase >= Phase.L1 && phase <= Phase.L3 ? phase - Phase.L1 : -1;
        }
    }
}
