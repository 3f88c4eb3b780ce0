using System;

namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// ATM90E32AS driver over SPI (mode 3, 32-clock frames: R/W bit + 15 address bits + 16 data bits).
    /// Start-up without sleeps: soft reset, then ≥ 6 ms later unlock, MeterEn, PLconst, modes, thresholds,
    /// offsets, gains, lock. Every write and every read is checked against the LastSPIData echo (0x78).
    /// Each poll checks MeterEn (≠ 1: the IC was reset) and CRCErrStatus (configuration checksum) and re-runs
    /// the start-up when either fails or when SPI echoes keep mismatching. After <see cref="Atm90e32Settings.MaxInitAttempts"/>
    /// troubles without a clean poll in between the status becomes <see cref="MeterStatus.Failed"/>
    /// (PowerMeterFailure); retries go on and a clean poll restores Running.
    /// The read-to-clear energy registers are folded into 64-bit running counters persisted in IStorage.
    /// </summary>
    public sealed partial class Atm90e32 : IEnergyMeter
    {
        private const int ResetWaitMs = 6;
        private const int StepReset = 0;
        private const int StepWaitReset = 1;
        private const int StepRunning = 2;
        private const int StepRetry = 3;

        private readonly ISpiDevice _spi;
        private readonly Atm90e32Settings _settings;
        private readonly IStorage _storage;
        private readonly byte[] _buffer = new byte[TotalsLength];
        private readonly byte[] _tx = new byte[4];
        private readonly byte[] _rx = new byte[4];
        private readonly long[] _counts = new long[4];
        private readonly double _whPerCount;

        private int _step = StepReset;
        private long _stepAtMs;
        private long _nextPollMs;
        private int _troubles;
        private int _commErrorPolls;
        private long _persistedCount;
        private long _persistedAtMs = -1;
        private bool _pollOk;
        private MeterStatus _status;

        public Atm90e32(ISpiDevice spi, IStorage storage, Atm90e32Settings settings)
        {
            _spi = spi;
            _settings = settings;
            _storage = storage;
            LoadTotals();
            _persistedCount = _counts[0];
            _whPerCount = 10.0 / settings.MeterConstant;
            Reading = new MeterReading();
            UpdateEnergyReadings();
        }

        public MeterStatus Status => _status;

        public MeterReading Reading { get; }

        public double EnergyActiveImportWh
        {
            get { return _counts[0] * _whPerCount; }
        }

        public int SuccessfulInits;

        public int IcResetsDetected;

        public int ChecksumErrors;

        public int CommErrors;

        public void Tick(long nowMs)
        {
            if (_persistedAtMs < 0)
            {
                _persistedAtMs = nowMs;
            }

            switch (_step)
            {
                case StepReset:
                    bool reset;
                    try
                    {
                        // SPI adapters may throw on a bus error: that counts as a failed exchange.
                        Frame(false, Atm90e32Registers.SoftReset, Atm90e32Registers.SoftResetCode);
                        reset = true;
                    }
                    catch (Exception)
                    {
                        reset = false;
                    }

                    if (reset)
                    {
                        _step = StepWaitReset;
                        _stepAtMs = nowMs;
                    }
                    else
                    {
                        InitFailed(nowMs);
                    }

                    break;
                case StepWaitReset:
                    if (nowMs - _stepAtMs >= ResetWaitMs)
                    {
                        if (Configure())
                        {
                            SuccessfulInits++;
                            _step = StepRunning;
                            _nextPollMs = nowMs;
                            _commErrorPolls = 0;
                        }
                        else
                        {
                            InitFailed(nowMs);
                        }
                    }

                    break;
                case StepRetry:
                    if (nowMs - _stepAtMs >= Atm90e32Settings.RetryIntervalMs)
                    {
                        _step = StepReset;
                    }

                    break;
                default:
                    if (nowMs >= _nextPollMs)
                    {
                        _nextPollMs = nowMs + Atm90e32Settings.PollIntervalMs;
                        Poll(nowMs);
                    }

                    break;
            }

            long delta = _counts[0] - _persistedCount;
            if (delta == 0)
            {
                _persistedAtMs = nowMs;
            }
            else if (delta * _whPerCount >= Atm90e32Settings.PersistStepWh || nowMs - _persistedAtMs >= Atm90e32Settings.PersistIntervalMs)
            {
                Save();
                _persistedAtMs = nowMs;
            }
        }

        public void Flush()
        {
            if (_counts[0] != _persistedCount)
            {
                Save();
            }
        }

        public long PersistedWholeWh()
        {
            long whole = WholeWh(_counts[0]);
            if (whole > WholeWh(_persistedCount))
            {
                Save();
            }

            return whole;
        }

        public void RaiseTotalTo(long wh)
        {
            if (WholeWh(_counts[0]) >= wh)
            {
                return;
            }

            long counts = (long)(wh / _whPerCount);
            while (WholeWh(counts) < wh)
            {
                counts++; // the division rounds: step up to the first count that reads as wh
            }

            _counts[0] = counts;
            Save();
        }

        private long WholeWh(long counts)
        {
            return (long)(counts * _whPerCount);
        }

        private void InitFailed(long nowMs)
        {
            Trouble();
            _step = StepRetry;
            _stepAtMs = nowMs;
        }

        private void Trouble()
        {
            _troubles++;
            if (_troubles >= Atm90e32Settings.MaxInitAttempts)
            {
                _status = MeterStatus.Failed;
            }
            else if (_status != MeterStatus.Failed)
            {
                _status = MeterStatus.Initialising;
            }
        }

        private void Restart()
        {
            Trouble();
            _step = StepReset;
        }

        // try/catch in place rather than a guard taking a delegate: a method-group delegate is a new object at every
        // call, every poll.
        private bool Configure()
        {
            try
            {
                var s = _settings;
                long plconst = 450000000000L / s.MeterConstant;
                int freq100 = s.LineFrequencyHz * 100;
                bool ok = WriteVerified(Atm90e32Registers.CfgRegAccEn, Atm90e32Registers.CfgUnlockCode)
                    && WriteVerified(Atm90e32Registers.MeterEn, 0x0001)
                    && WriteVerified(Atm90e32Registers.SagPeakDetCfg, 0x143F)
                    && WriteVerified(Atm90e32Registers.PLconstH, (int)(plconst >> 16))
                    && WriteVerified(Atm90e32Registers.PLconstL, (int)(plconst & 0xFFFF))
                    && WriteVerified(Atm90e32Registers.ZXConfig, 0x0000)
                    && WriteVerified(Atm90e32Registers.MMode0, 0x0087 | (s.LineFrequencyHz == 60 ? 0x1000 : 0))
                    && WriteVerified(Atm90e32Registers.MMode1, s.PgaGain)
                    && WriteVerified(Atm90e32Registers.FreqLoTh, freq100 - 100)
                    && WriteVerified(Atm90e32Registers.FreqHiTh, freq100 + 100)
                    && WriteVerified(Atm90e32Registers.PStartTh, 0x1D4C)
                    && WriteVerified(Atm90e32Registers.QStartTh, 0x1D4C)
                    && WriteVerified(Atm90e32Registers.SStartTh, 0x1D4C)
                    && WriteVerified(Atm90e32Registers.PPhaseTh, 0x02EE)
                    && WriteVerified(Atm90e32Registers.QPhaseTh, 0x02EE)
                    && WriteVerified(Atm90e32Registers.SPhaseTh, 0x02EE);
                for (int p = 0; ok && p < 3; p++)
                {
                    int stride = p * Atm90e32Registers.PhaseStride;
                    ok = WriteVerified(Atm90e32Registers.UoffsetA + stride, s.Uoffset[p])
                        && WriteVerified(Atm90e32Registers.IoffsetA + stride, s.Ioffset[p])
                        && WriteVerified(Atm90e32Registers.UgainA + stride, s.Ugain[p])
                        && WriteVerified(Atm90e32Registers.IgainA + stride, s.Igain[p]);
                }

                int meterEn;
                return ok
                    && WriteVerified(Atm90e32Registers.SagTh, s.SagTh)
                    && WriteVerified(Atm90e32Registers.OVth, s.OVth)
                    && WriteVerified(Atm90e32Registers.CfgRegAccEn, Atm90e32Registers.CfgLockCode)
                    && TryRead(Atm90e32Registers.MeterEn, out meterEn) && meterEn == 1;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private void Poll(long nowMs)
        {
            _pollOk = true;
            bool polled;
            try
            {
                polled = PollRegisters();
            }
            catch (Exception)
            {
                polled = false;
            }

            if (!polled && _step != StepRunning)
            {
                return; // restarted: IC reset or checksum error
            }

            if (!_pollOk)
            {
                CommErrors++;
                _commErrorPolls++;
                if (_commErrorPolls >= Atm90e32Settings.MaxCommErrorPolls)
                {
                    _commErrorPolls = 0;
                    Restart();
                }

                return;
            }

            _commErrorPolls = 0;
            _troubles = 0;
            _status = MeterStatus.Running;
            Reading.ReadAtMs = nowMs;
        }

        // One poll. A value whose echo mismatches is skipped (and _pollOk cleared); returns false after a restart.
        // MeterEn != 1 means the IC lost its configuration (reset, brown-out); CRCErrStatus flags a corrupted configuration.
        private bool PollRegisters()
        {
            _pollOk = false;
            bool ok = true;
            int v;
            if (!TryRead(Atm90e32Registers.MeterEn, out v))
            {
                ok = false;
            }
            else if (v != 1)
            {
                IcResetsDetected++;
                Restart();
                return false;
            }

            if (!TryRead(Atm90e32Registers.CrcErrStatus, out v))
            {
                ok = false;
            }
            else if ((v & 0x3) != 0)
            {
                ChecksumErrors++;
                Restart();
                return false;
            }

            for (int i = 0; i < 4; i++)
            {
                if (TryRead(Atm90e32Registers.APenergyT + i, out v))
                {
                    _counts[i] += v;
                }
                else
                {
                    ok = false;
                }
            }

            UpdateEnergyReadings();
            double total = 0;
            for (int p = 0; p < 3; p++)
            {
                var ph = Reading.Phase(p);
                int hi, lo;
                if (TryRead(Atm90e32Registers.UrmsA + p, out v))
                {
                    ph.Volts = v / 100.0;
                }
                else
                {
                    ok = false;
                }

                if (TryRead(Atm90e32Registers.IrmsA + p, out v))
                {
                    ph.Amps = v / 1000.0;
                }
                else
                {
                    ok = false;
                }

                if (TryRead(Atm90e32Registers.PmeanA + p, out hi) && TryRead(Atm90e32Registers.PmeanA + p + Atm90e32Registers.LowWordOffset, out lo))
                {
                    ph.Watts = ((hi << 16) | lo) * 0.00032;
                }
                else
                {
                    ok = false;
                }

                if (TryRead(Atm90e32Registers.PFmeanA + p, out v))
                {
                    ph.PowerFactor = (short)v / 1000.0;
                }
                else
                {
                    ok = false;
                }

                total += ph.Watts;
            }

            Reading.TotalWatts = total;
            if (TryRead(Atm90e32Registers.Freq, out v))
            {
                Reading.FrequencyHz = v / 100.0;
            }
            else
            {
                ok = false;
            }

            if (TryRead(Atm90e32Registers.Temp, out v))
            {
                Reading.TemperatureCelsius = (short)v;
            }
            else
            {
                ok = false;
            }

            _pollOk = ok;
            return true;
        }

        private void UpdateEnergyReadings()
        {
            for (int p = 0; p < 3; p++)
            {
                Reading.Phase(p).EnergyWh = _counts[p + 1] * _whPerCount;
            }
        }

        private void Frame(bool read, int address, int value)
        {
            _tx[0] = (byte)((read ? 0x80 : 0x00) | ((address >> 8) & 0x03));
            _tx[1] = (byte)address;
            _tx[2] = (byte)(value >> 8);
            _tx[3] = (byte)value;
            _spi.TransferFullDuplex(_tx, _rx);
        }

        private int Read(int address)
        {
            Frame(true, address, 0);
            return (_rx[2] << 8) | _rx[3];
        }

        private bool WriteVerified(int address, int value)
        {
            Frame(false, address, value);
            return Read(Atm90e32Registers.LastSpiData) == (value & 0xFFFF);
        }

        // A mismatching echo is re-read once: a corrupted echo then passes, a corrupted value does not.
        private bool TryRead(int address, out int value)
        {
            value = Read(address);
            for (int attempt = 0; attempt < 2; attempt++)
            {
                if (Read(Atm90e32Registers.LastSpiData) == value)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
