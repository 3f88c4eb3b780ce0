using System.Collections;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// The metering half of TransactionService (a partial class: the former MeteringService, one type and one interface fewer
    /// in the image). Periodic (MeterValueSampleInterval, counted from the transaction start) and clock-aligned
    /// (ClockAlignedDataInterval, stamped exactly on the grid) sampling of every connector's meter. Clock-aligned samples are
    /// held back until the clock is set: before that the grid is unknown.
    /// </summary>
    public sealed partial class TransactionService
    {
        private readonly IMeter[] _meters; // index = connectorId; index 0 is the optional main meter (null when none)
        private readonly long[] _nextSampleMono; // per connector: the next periodic sample; 0 not scheduled yet, -1 no transaction
        private long _nextAlignedUtc;
        private int _alignedInterval;

        // The current values of the measurand list keys (parsed by Sync; the intervals are read from the configuration).
        public int[] SampledData = new[] { Measurand.EnergyActiveImportRegister };
        public int[] AlignedData = new[] { Measurand.EnergyActiveImportRegister };
        public int[] StopTxnSampledData = new int[0];
        public int[] StopTxnAlignedData = new int[0];

        /// <summary>The meter of a connector (0: the main meter), or null.</summary>
        public IMeter Meter(int connectorId)
        {
            return connectorId >= 0 && connectorId < _meters.Length ? _meters[connectorId] : null;
        }

        /// <summary>The metering part of <see cref="Tick"/> (its end): periodic samples of each transaction, clock-aligned ones of every meter.</summary>
        private void Sample(long nowMono)
        {
            long utcMs = _clock.UtcMs(nowMono);
            int boot = Journal.Boot;
            long sampleMs = (long)_config.Int(ConfigKeys.MeterValueSampleInterval) * 1000;
            for (int c = 1; c < _meters.Length; c++)
            {
                IMeter meter = _meters[c];
                long next = _nextSampleMono[c];
                if (next < 0 || meter == null || sampleMs <= 0 || nowMono < next)
                {
                    continue;
                }

                if (next > 0)
                {
                    Emit(c, meter, SampledData, StopTxnSampledData, ReadingContext.SamplePeriodic, new CaptureTime(utcMs, boot, nowMono), true);
                    next += sampleMs;
                }

                _nextSampleMono[c] = next > nowMono ? next : nowMono + sampleMs;
            }

            // Clock-aligned samples of every meter.
            int interval = _config.Int(ConfigKeys.ClockAlignedDataInterval);
            if (interval <= 0 || utcMs <= 0)
            {
                _nextAlignedUtc = 0;
                return;
            }

            if (_nextAlignedUtc == 0 || interval != _alignedInterval)
            {
                _alignedInterval = interval;
                _nextAlignedUtc = NextBoundary(utcMs, interval);
                return;
            }

            if (utcMs < _nextAlignedUtc)
            {
                return;
            }

            long stamp = _nextAlignedUtc;
            _nextAlignedUtc = NextBoundary(utcMs, interval);
            var aligned = new CaptureTime(stamp, boot, nowMono - (utcMs - stamp));
            for (int c = 0; c < _meters.Length; c++)
            {
                IMeter meter = _meters[c];
                if (meter != null)
                {
                    Emit(c, meter, AlignedData, StopTxnAlignedData, ReadingContext.SampleClock, aligned, c > 0 && _nextSampleMono[c] >= 0);
                }
            }
        }

        /// <summary>
        /// One sample of each list: measurands as the running transaction's MeterValues (inTx: journalled) or as plain ones
        /// (clock-aligned outside any transaction or of connector 0: sent only while online, Spec §3.7 queues only transaction
        /// messages), and the StopTransaction's transactionData measurands of a transaction.
        /// </summary>
        private void Emit(int c, IMeter meter, int[] measurands, int[] stopTxnMeasurands, int context, CaptureTime time, bool inTx)
        {
            int txNr = inTx ? _connectors[c].TxNr : 0;
            bool journal = txNr != 0 && !Journal.IsFailed;
            if (measurands.Length > 0)
            {
                MeterValue value = Sample(meter, measurands, context, time);
                if (!inTx)
                {
                    if (IsOnline)
                    {
                        var request = new MeterValuesRequest(c, new[] { JournalMessage.ToWire(value, value.Time.UtcMs) });
                        _session.Enqueue(new OutgoingCall(OcppAction.MeterValues, request, null));
                    }
                }
                else if (journal)
                {
                    Journal.AddMeterValue(txNr, value);
                }
            }

            if (journal && stopTxnMeasurands.Length > 0)
            {
                Journal.AddTransactionData(txNr, Sample(meter, stopTxnMeasurands, context, time));
            }
        }

        public const long DayMs = 86400000;

        /// <summary>Clock-aligned grid (ClockAlignedDataInterval is aligned to midnight UTC): the first grid point strictly after utcMs. A grid that does not divide the day restarts at midnight.</summary>
        public static long NextBoundary(long utcMs, int intervalSeconds)
        {
            long interval = (long)intervalSeconds * 1000;
            long midnight = utcMs - utcMs % DayMs;
            long k = (utcMs - midnight) / interval + 1;
            long boundary = midnight + k * interval;
            long nextMidnight = midnight + DayMs;
            return boundary > nextMidnight ? nextMidnight : boundary;
        }

        // Sampling: a measurand list into one MeterValue read from a meter, with the right phase, unit and location.
        public static MeterValue Sample(IMeter meter, int[] measurands, int context, CaptureTime time)
        {
            var values = new ArrayList();
            for (int i = 0; i < measurands.Length; i++)
            {
                int m = measurands[i];
                switch (m)
                {
                    case Measurand.CurrentImport:
                    case Measurand.CurrentExport:
                    case Measurand.CurrentOffered:
                        AddPhases(values, meter, m, context, Phase.L1);
                        break;
                    case Measurand.Voltage:
                        AddPhases(values, meter, m, context, Phase.L1N);
                        break;
                    case Measurand.PowerActiveImport:
                    case Measurand.PowerActiveExport:
                        Add(values, meter, m, Phase.None, context);
                        if (meter.PhaseCount > 1)
                        {
                            AddPhases(values, meter, m, context, Phase.L1); // single phase: the total already says it
                        }

                        break;
                    default:
                        Add(values, meter, m, Phase.None, context);
                        break;
                }
            }

            return new MeterValue(time, (SampledValue[])values.ToArray(typeof(SampledValue)));
        }

        /// <summary>The energy register alone, formatted as whole Wh.</summary>
        public static SampledValue EnergyRegister(long wh, int context)
        {
            return new SampledValue(wh.ToString(), context, Measurand.EnergyActiveImportRegister, Phase.None, Location.Outlet, UnitOfMeasure.Wh);
        }

        private static void AddPhases(ArrayList values, IMeter meter, int measurand, int context, int firstPhase)
        {
            for (int p = 0; p < meter.PhaseCount && p < 3; p++)
            {
                Add(values, meter, measurand, firstPhase + p, context);
            }
        }

        private static void Add(ArrayList values, IMeter meter, int measurand, int phase, int context)
        {
            double reading;
            if (measurand == Measurand.EnergyActiveImportRegister && phase == Phase.None)
            {
                values.Add(EnergyRegister(meter.EnergyActiveImportWh, context));
                return;
            }

            if (!meter.TryRead(measurand, phase, out reading))
            {
                return;
            }

            int location = measurand == Measurand.Temperature ? Location.Body : (measurand == Measurand.SoC ? Location.EV : Location.Outlet);
            int decimals = measurand == Measurand.Frequency || measurand == Measurand.PowerFactor ? 2 : 1;
            values.Add(new SampledValue(FormatDecimal(reading, decimals), context, measurand, phase, location, Measurand.DefaultUnit(measurand)));
        }

        /// <summary>Invariant decimal text (no culture, no custom numeric formats: both are unavailable on nano): value rounded to the given number of decimals, trailing zeros trimmed ("230", "6.5", "-0.25").</summary>
        public static string FormatDecimal(double value, int decimals)
        {
            long scale = 1;
            for (int i = 0; i < decimals; i++)
            {
                scale *= 10;
            }

            bool negative = value < 0;
            double magnitude = negative ? -value : value;
            long scaled = (long)(magnitude * scale + 0.5);
            long whole = scaled / scale;
            long fraction = scaled % scale;
            string text = whole.ToString();
            if (fraction != 0)
            {
                // scale + fraction: a 1 and the fraction's digits zero-padded to decimals ("105" for 0.05); trailing zeros trimmed.
                string digits = (scale + fraction).ToString();
                int end = digits.Length;
                while (digits[end - 1] == '0')
                {
                    end--;
                }

                text = text + "." + digits.Substring(1, end - 1);
            }

            return negative && scaled != 0 ? "-" + text : text;
        }
    }
}
