using System;
using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// ATM90E32AS driver over SPI (mode 3, 32-clock frames: R/W bit + 15 address bits + 16 data bits).
    /// Start-up without sleeps: soft reset, then ≥ 6 ms later unlock, MeterEn, PLconst, modes, thresholds,
    /// offsets, gains, lock. Every write and every read is checked against the LastSPIData echo (0x78).
    /// Each poll checks MeterEn (≠ 1: the IC was reset) and CRCErrStatus (configuration checksum) and re-runs
    /// the start-up when either fails or when SPI echoes keep mismatching. After <see cref="EvseSettings.MaxInitAttempts"/>
    /// troubles without a clean poll in between the status becomes <see cref="MeterStatus.Failed"/>
    /// (PowerMeterFailure); retries go on and a clean poll restores Running.
    /// The read-to-clear energy registers are folded into 64-bit running counters persisted in IStorage: a total that
    /// only grows and survives reboots. The one energy meter (a class, not an interface with one implementation: a
    /// second meter IC brings the interface back).
    /// </summary>
    public sealed partial class Atm90e32
    {
        private const int ResetWaitMs = 6;
        private const int StepReset = 0;
        private const int StepWaitReset = 1;
        private const int StepRunning = 2;
        private const int StepRetry = 3;

        private readonly ISpiDevice _spi;
        private readonly EvseSettings _settings;
        private readonly IStorage _storage;
        private readonly byte[] _tx = new byte[4];
        private readonly byte[] _rx = new byte[4];
        private readonly long[] _counts = new long[4];

        /// <summary>Wh per energy LSB (10 / meter constant).</summary>
        private const double WhPerCount = 10.0 / EvseSettings.MeterConstant;

        private int _step = StepReset;
        private long _dueMs; // when the step acts: the reset wait's or the retry's end, the next poll
        private int _troubles;
        private int _commErrorPolls;
        private long _persistedCount;
        private long _persistedAtMs = -1;

        public Atm90e32(ISpiDevice spi, IStorage storage, EvseSettings settings)
        {
            _spi = spi;
            _settings = settings;
            _storage = storage;

            // _counts[0..3] (total, A, B, C) from the totals record (Atm90e32.Totals.cs); they stay 0 without a valid one.
            var data = storage.Read(settings.MeterRecord);
            if (data != null)
            {
                if (data.Length != TotalsLength || data[0] != (byte)'E' || data[1] != (byte)'T' || data[2] != 1
                    || (uint)Get(data, TotalsLength - 4, 4) != Fnv(data, TotalsLength - 4))
                {
                    StoredTotalWasCorrupt = true;
                }
                else
                {
                    for (int i = 0; i < 4; i++)
                    {
                        _counts[i] = Get(data, 4 + i * 8, 8);
                    }
                }
            }

            _persistedCount = _counts[0];
        }

        /// <summary>Written only by the driver.</summary>
        public MeterStatus Status;

        /// <summary>Forward active energy since the meter was first commissioned (Energy.Active.Import.Register), Wh.</summary>
        public double EnergyActiveImportWh
        {
            get { return _counts[0] * WhPerCount; }
        }

        public void Tick(long nowMs)
        {
            if (_persistedAtMs < 0)
            {
                _persistedAtMs = nowMs;
            }

            bool initFailed = false; // the soft reset or the start-up failed: a trouble, retried after RetryIntervalMs
            switch (_step)
            {
                case StepReset:
                    try
                    {
                        // SPI adapters may throw on a bus error: that counts as a failed exchange.
                        Frame(false, Atm90e32.SoftReset, Atm90e32.SoftResetCode);
                        _step = StepWaitReset;
                        _dueMs = nowMs + ResetWaitMs;
                    }
                    catch (Exception)
                    {
                        initFailed = true;
                    }

                    break;
                case StepWaitReset:
                    if (nowMs >= _dueMs)
                    {
                        if (Configure())
                        {
                            _step = StepRunning;
                            _dueMs = nowMs;
                            _commErrorPolls = 0;
                        }
                        else
                        {
                            initFailed = true;
                        }
                    }

                    break;
                case StepRetry:
                    if (nowMs >= _dueMs)
                    {
                        _step = StepReset;
                    }

                    break;
                default:
                    if (nowMs >= _dueMs)
                    {
                        _dueMs = nowMs + EvseSettings.PollIntervalMs;
                        Poll();
                    }

                    break;
            }

            if (initFailed)
            {
                Restart();
                _step = StepRetry;
                _dueMs = nowMs + EvseSettings.RetryIntervalMs;
            }

            long delta = _counts[0] - _persistedCount;
            if (delta == 0)
            {
                _persistedAtMs = nowMs;
            }
            else if (delta * WhPerCount >= EvseSettings.PersistStepWh || nowMs - _persistedAtMs >= EvseSettings.PersistIntervalMs)
            {
                Save();
                _persistedAtMs = nowMs;
            }
        }

        /// <summary>Writes the running total to storage now (e.g. at a transaction stop).</summary>
        public void Flush()
        {
            if (_counts[0] != _persistedCount)
            {
                Save();
            }
        }

        /// <summary>
        /// The total in whole Wh for a value that leaves the charger: saved first whenever its whole Wh grew past the
        /// saved total, so no reported value is ever above what survives a power cut.
        /// </summary>
        public long PersistedWholeWh()
        {
            long whole = WholeWh(_counts[0]);
            if (whole > WholeWh(_persistedCount))
            {
                Save();
            }

            return whole;
        }

        /// <summary>Raises the running total to at least wh and saves it (recovery after a power cut); never lowers it.</summary>
        public void RaiseTotalTo(long wh)
        {
            if (WholeWh(_counts[0]) >= wh)
            {
                return;
            }

            long counts = (long)(wh / WhPerCount);
            while (WholeWh(counts) < wh)
            {
                counts++; // the division rounds: step up to the first count that reads as wh
            }

            _counts[0] = counts;
            Save();
        }

        private long WholeWh(long counts)
        {
            return (long)(counts * WhPerCount);
        }

        /// <summary>A trouble (failed start-up, IC reset, checksum or echo errors): counts towards Failed, then starts up again.</summary>
        private void Restart()
        {
            _troubles++;
            if (_troubles >= EvseSettings.MaxInitAttempts)
            {
                Status = MeterStatus.Failed;
            }
            else if (Status != MeterStatus.Failed)
            {
                Status = MeterStatus.Initialising;
            }

            _step = StepReset;
        }

        // try/catch in place rather than a guard taking a delegate: a method-group delegate is a new object at every
        // call, every poll.
        private bool Configure()
        {
            try
            {
                var s = _settings;
                const long PLconst = 450000000000L / EvseSettings.MeterConstant;
                const int Freq100 = EvseSettings.LineFrequencyHz * 100;
                bool ok = WriteVerified(Atm90e32.CfgRegAccEn, Atm90e32.CfgUnlockCode)
                    && WriteVerified(Atm90e32.MeterEn, 0x0001)
                    && WriteVerified(Atm90e32.SagPeakDetCfg, 0x143F)
                    && WriteVerified(Atm90e32.PLconstH, (int)(PLconst >> 16))
                    && WriteVerified(Atm90e32.PLconstL, (int)(PLconst & 0xFFFF))
                    && WriteVerified(Atm90e32.ZXConfig, 0x0000)
                    && WriteVerified(Atm90e32.MMode0, 0x0087 | (EvseSettings.LineFrequencyHz == 60 ? 0x1000 : 0))
                    && WriteVerified(Atm90e32.MMode1, EvseSettings.PgaGain)
                    && WriteVerified(Atm90e32.FreqLoTh, Freq100 - 100)
                    && WriteVerified(Atm90e32.FreqHiTh, Freq100 + 100);

                // PStartTh, QStartTh, SStartTh (0x1D4C), then PPhaseTh, QPhaseTh, SPhaseTh (0x02EE): consecutive registers.
                for (int r = Atm90e32.PStartTh; ok && r <= Atm90e32.SPhaseTh; r++)
                {
                    ok = WriteVerified(r, r < Atm90e32.PPhaseTh ? 0x1D4C : 0x02EE);
                }

                for (int p = 0; ok && p < 3; p++)
                {
                    int stride = p * Atm90e32.PhaseStride;
                    ok = WriteVerified(Atm90e32.UoffsetA + stride, EvseSettings.Uoffset)
                        && WriteVerified(Atm90e32.IoffsetA + stride, EvseSettings.Ioffset)
                        && WriteVerified(Atm90e32.UgainA + stride, s.Ugain[p])
                        && WriteVerified(Atm90e32.IgainA + stride, s.Igain[p]);
                }

                int meterEn;
                return ok
                    && WriteVerified(Atm90e32.SagTh, EvseSettings.SagTh)
                    && WriteVerified(Atm90e32.OVth, EvseSettings.OVth)
                    && WriteVerified(Atm90e32.CfgRegAccEn, Atm90e32.CfgLockCode)
                    && TryRead(Atm90e32.MeterEn, out meterEn) && meterEn == 1;
            }
            catch (Exception)
            {
                return false;
            }
        }

        // One poll. A value whose echo mismatches is skipped (and counts as a communication error); MeterEn != 1 means
        // the IC lost its configuration (reset, brown-out), CRCErrStatus flags a corrupted configuration: both restart.
        private void Poll()
        {
            bool ok = true;
            try
            {
                int v;
                if (!TryRead(Atm90e32.MeterEn, out v))
                {
                    ok = false;
                }
                else if (v != 1)
                {
                    Restart();
                    return; // the IC lost its configuration, or it is corrupted: restarted
                }

                if (!TryRead(Atm90e32.CrcErrStatus, out v))
                {
                    ok = false;
                }
                else if ((v & 0x3) != 0)
                {
                    Restart();
                    return; // the IC lost its configuration, or it is corrupted: restarted
                }

                for (int i = 0; i < 4; i++)
                {
                    if (TryRead(Atm90e32.APenergyT + i, out v))
                    {
                        _counts[i] += v;
                    }
                    else
                    {
                        ok = false;
                    }
                }

                double total = 0;
                for (int p = 0; p < 3; p++)
                {
                    int hi, lo;
                    if (TryRead(Atm90e32.UrmsA + p, out v))
                    {
                        Volts[p] = v / 100.0;
                    }
                    else
                    {
                        ok = false;
                    }

                    if (TryRead(Atm90e32.IrmsA + p, out v))
                    {
                        Amps[p] = v / 1000.0;
                    }
                    else
                    {
                        ok = false;
                    }

                    if (TryRead(Atm90e32.PmeanA + p, out hi) && TryRead(Atm90e32.PmeanA + p + Atm90e32.LowWordOffset, out lo))
                    {
                        Watts[p] = ((hi << 16) | lo) * 0.00032;
                    }
                    else
                    {
                        ok = false;
                    }

                    if (TryRead(Atm90e32.PFmeanA + p, out v))
                    {
                        PowerFactor[p] = (short)v / 1000.0;
                    }
                    else
                    {
                        ok = false;
                    }

                    total += Watts[p];
                }

                TotalWatts = total;
                if (TryRead(Atm90e32.Freq, out v))
                {
                    FrequencyHz = v / 100.0;
                }
                else
                {
                    ok = false;
                }

                if (TryRead(Atm90e32.Temp, out v))
                {
                    TemperatureCelsius = (short)v;
                }
                else
                {
                    ok = false;
                }


            }
            catch (Exception)
            {
                ok = false; // an SPI bus error
            }

            if (!ok)
            {
                _commErrorPolls++;
                if (_commErrorPolls >= EvseSettings.MaxCommErrorPolls)
                {
                    _commErrorPolls = 0;
                    Restart();
                }

                return;
            }

            _commErrorPolls = 0;
            _troubles = 0;
            Status = MeterStatus.Running;
        }

        /// <summary>One 32-clock frame; the 16 data bits clocked in (a read's value). Reads and writes share it: one method.</summary>
        private int Frame(bool read, int address, int value)
        {
            byte[] tx = _tx;
            tx[0] = (byte)((read ? 0x80 : 0x00) | ((address >> 8) & 0x03));
            tx[1] = (byte)address;
            tx[2] = (byte)(value >> 8);
            tx[3] = (byte)value;
            byte[] rx = _rx;
            _spi.TransferFullDuplex(tx, rx);
            return (rx[2] << 8) | rx[3];
        }

        private bool WriteVerified(int address, int value)
        {
            Frame(false, address, value);
            return Frame(true, Atm90e32.LastSpiData, 0) == (value & 0xFFFF);
        }

        // A mismatching echo is re-read once: a corrupted echo then passes, a corrupted value does not.
        private bool TryRead(int address, out int value)
        {
            value = Frame(true, address, 0);
            for (int attempt = 0; attempt < 2; attempt++)
            {
                if (Frame(true, Atm90e32.LastSpiData, 0) == value)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
