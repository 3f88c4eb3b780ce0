using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using ChargePoint.Ocpp.Model.Metering;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Model.Status;

namespace ChargePoint.Firmware.Evse
{
    /// <summary>
    /// One connector's state in <see cref="EvseBinding"/> (its OCPP connector, limits and fault reporting) and its HAL
    /// energy meter (ATM90E32) as the OCPP engine's <see cref="IMeter"/>: energy register, per-phase voltage,
    /// current and power, power factor, frequency, temperature, and the offered current from the pilot.
    /// Live values are reported only while the meter runs; the energy register always, and only as saved: reading it
    /// for a report saves the running total first when it grew (a Central System bills on it; see PersistedWholeWh).
    /// </summary>
    internal sealed class ConnectorBinding : IMeter, IRecoverableMeter
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
            switch (measurand)
            {
                case Measurand.EnergyActiveImportRegister:
                case Measurand.PowerActiveImport:
                case Measurand.PowerFactor:
                case Measurand.CurrentImport:
                case Measurand.CurrentOffered:
                case Measurand.Voltage:
                case Measurand.Frequency:
                case Measurand.Temperature:
                    return true;
                default:
                    return false;
            }
        }

        public bool TryRead(int measurand, int phase, out double value)
        {
            value = 0;
            if (measurand == Measurand.CurrentOffered)
            {
                value = _evse.OfferedAmps;
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

            MeterReading r = meter.Reading;
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

        private int PhaseIndex(int phase)
        {
            int index;
            switch (phase)
            {
                case Phase.L1:
                case Phase.L1N:
                    index = 0;
                    break;
                case Phase.L2:
                case Phase.L2N:
                    index = 1;
                    break;
                case Phase.L3:
                case Phase.L3N:
                    index = 2;
                    break;
                default:
                    return -1;
            }

            return index < Phases ? index : -1;
        }

    }
}
