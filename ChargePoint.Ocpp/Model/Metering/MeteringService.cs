using System.Collections;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Periodic (MeterValueSampleInterval, counted from the transaction start) and clock-aligned
    /// (ClockAlignedDataInterval, stamped exactly on the grid) sampling of every connector's meter.
    /// Clock-aligned samples are held back until the clock is set: before that the grid is unknown.
    /// </summary>
    public sealed class MeteringService
    {
        private readonly IMeter[] _meters;
        private readonly IMeterValueSink _sink;
        private readonly long[] _nextSampleMono; // per connector: the next periodic sample; 0 not scheduled yet, -1 no transaction
        private long _nextAlignedUtc;
        private int _alignedInterval;

        /// <param name="meters">Index = connectorId; index 0 is the optional main meter (null when none).</param>
        public MeteringService(IMeter[] meters, IMeterValueSink sink)
        {
            _meters = meters;
            _sink = sink;
            var next = new long[meters.Length];
            for (int c = 0; c < next.Length; c++)
            {
                next[c] = -1;
            }

            _nextSampleMono = next;
        }

        // The current values of the metering configuration keys (set by the transaction service; fields here rather than a
        // settings object of their own: one type less in the image).

        /// <summary>MeterValueSampleInterval in seconds (0 = off).</summary>
        public int SampleIntervalSeconds = 60;

        /// <summary>ClockAlignedDataInterval in seconds (0 = off), aligned to midnight UTC.</summary>
        public int AlignedIntervalSeconds;

        public int[] SampledData = new[] { Measurand.EnergyActiveImportRegister };
        public int[] AlignedData = new[] { Measurand.EnergyActiveImportRegister };
        public int[] StopTxnSampledData = new int[0];
        public int[] StopTxnAlignedData = new int[0];

        // What a sample delivered to the sink is for (IMeterValueSink.Sampled).
        public const int TransactionSample = 0; // a running transaction's MeterValues (journalled, with the transactionId)
        public const int TransactionData = 1; // the running transaction's StopTransaction transactionData
        public const int PlainSample = 2; // clock-aligned outside any transaction (or connector 0): plain MeterValues, not journalled

        public IMeter Meter(int connectorId)
        {
            return connectorId >= 0 && connectorId < _meters.Length ? _meters[connectorId] : null;
        }

        /// <summary>A transaction started on a connector (periodic samples count from nowMono) or stopped (running false: none).</summary>
        public void TransactionChanged(int connectorId, bool running, long nowMono)
        {
            _nextSampleMono[connectorId] = !running ? -1 : SampleIntervalSeconds > 0 ? nowMono + (long)SampleIntervalSeconds * 1000 : 0;
        }

        public void Tick(long nowMono, long utcMs, int boot)
        {
            // Periodic samples of each transaction.
            long sampleMs = (long)SampleIntervalSeconds * 1000;
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
            int interval = AlignedIntervalSeconds;
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
        /// One sample of each list: measurands as a transaction's MeterValues (inTx) or as plain ones, and the
        /// StopTransaction's transactionData measurands of a transaction.
        /// </summary>
        private void Emit(int c, IMeter meter, int[] measurands, int[] stopTxnMeasurands, int context, CaptureTime time, bool inTx)
        {
            if (measurands.Length > 0)
            {
                _sink.Sampled(c, MeteringService.Sample(meter, measurands, context, time), inTx ? TransactionSample : PlainSample);
            }

            if (inTx && stopTxnMeasurands.Length > 0)
            {
                _sink.Sampled(c, MeteringService.Sample(meter, stopTxnMeasurands, context, time), TransactionData);
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
                        AddPhases(values, meter, m, context, Phase.L1);
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
            if (meter.PhaseCount <= 1 && measurand != Measurand.CurrentImport && measurand != Measurand.Voltage
                && measurand != Measurand.CurrentExport && measurand != Measurand.CurrentOffered)
            {
                return; // single phase: the total already says it
            }

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
                string digits = fraction.ToString();
                while (digits.Length < decimals)
                {
                    digits = "0" + digits;
                }

                int end = digits.Length;
                while (end > 0 && digits[end - 1] == '0')
                {
                    end--;
                }

                text = text + "." + digits.Substring(0, end);
            }

            return negative && scaled != 0 ? "-" + text : text;
        }
    }
}
