using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// A meter for tests and the host build: energy advances when the test says so, per-phase current, voltage,
    /// power, frequency and temperature are settable. With a storage, the energy total is persisted like the real
    /// meter's (one atomic record per update), so a power cut keeps the last persisted total.
    /// </summary>
    public sealed class SimulatedMeter : IMeter
    {
        private readonly IStorage? _storage;
        private readonly string _record;
        private long _energyWh;

        public SimulatedMeter(IStorage? storage, string record, int phaseCount)
        {
            _storage = storage;
            _record = record;
            PhaseCount = phaseCount;
            VoltageV = 230;
            FrequencyHz = 50;
            TemperatureC = 25;
            if (storage != null)
            {
                byte[]? data = storage.Read(record);
                if (data != null && data.Length == 8)
                {
                    long value = 0;
                    for (int i = 0; i < 8; i++)
                    {
                        value |= (long)data[i] << (8 * i);
                    }

                    _energyWh = value;
                }
            }
        }

        public long EnergyActiveImportWh
        {
            get { return _energyWh; }
        }

        public int PhaseCount { get; }

        public double CurrentA { get; set; }

        public double VoltageV { get; set; }

        public double FrequencyHz { get; set; }

        public double TemperatureC { get; set; }

        /// <summary>Adds energy and persists the new total (a power cut during the write keeps the old total).</summary>
        public void AddEnergy(long wh)
        {
            long total = _energyWh + wh;
            if (_storage != null)
            {
                var data = new byte[8];
                for (int i = 0; i < 8; i++)
                {
                    data[i] = (byte)(total >> (8 * i));
                }

                _storage.Write(_record, data);
            }

            _energyWh = total;
        }

        public void RaiseEnergyTo(long wh)
        {
            if (wh > _energyWh)
            {
                AddEnergy(wh - _energyWh);
            }
        }

        public bool Supports(int measurand)
        {
            switch (measurand)
            {
                case Measurand.EnergyActiveImportRegister:
                case Measurand.PowerActiveImport:
                case Measurand.CurrentImport:
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
            bool perPhase = phase >= Phase.L1 && phase <= Phase.L3 || phase >= Phase.L1N && phase <= Phase.L3N;
            int phaseIndex = phase >= Phase.L1N ? phase - Phase.L1N + 1 : phase;
            if (perPhase && phaseIndex > PhaseCount)
            {
                return false;
            }

            switch (measurand)
            {
                case Measurand.EnergyActiveImportRegister:
                    value = _energyWh;
                    return phase == Phase.None;
                case Measurand.PowerActiveImport:
                    value = CurrentA * VoltageV * (phase == Phase.None ? PhaseCount : 1);
                    return phase == Phase.None || (phase >= Phase.L1 && phase <= Phase.L3 && PhaseCount > 1);
                case Measurand.CurrentImport:
                    value = CurrentA;
                    return phase >= Phase.L1 && phase <= Phase.L3;
                case Measurand.Voltage:
                    value = VoltageV;
                    return phase >= Phase.L1N && phase <= Phase.L3N;
                case Measurand.Frequency:
                    value = FrequencyHz;
                    return phase == Phase.None;
                case Measurand.Temperature:
                    value = TemperatureC;
                    return phase == Phase.None;
                default:
                    return false;
            }
        }
    }
}
