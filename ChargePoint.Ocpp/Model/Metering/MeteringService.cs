namespace ChargePoint.Ocpp.Model.Metering
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
        private readonly long[] _nextSampleMono;
        private readonly bool[] _inTransaction;
        private long _nextAlignedUtc;
        private int _alignedInterval;

        /// <param name="meters">Index = connectorId; index 0 is the optional main meter (null when none).</param>
        public MeteringService(MeteringSettings settings, IMeter[] meters, IMeterValueSink sink)
        {
            Settings = settings;
            _meters = meters;
            _sink = sink;
            _nextSampleMono = new long[meters.Length];
            _inTransaction = new bool[meters.Length];
        }

        public readonly MeteringSettings Settings;

        public IMeter Meter(int connectorId)
        {
            return connectorId >= 0 && connectorId < _meters.Length ? _meters[connectorId] : null;
        }

        public void TransactionStarted(int connectorId, long nowMono)
        {
            _inTransaction[connectorId] = true;
            _nextSampleMono[connectorId] = Settings.SampleIntervalSeconds > 0 ? nowMono + (long)Settings.SampleIntervalSeconds * 1000 : 0;
        }

        public void TransactionStopped(int connectorId)
        {
            _inTransaction[connectorId] = false;
            _nextSampleMono[connectorId] = 0;
        }

        /// <summary>One sample of the given measurands now (Transaction.Begin/End, Trigger).</summary>
        public MeterValue Sample(int connectorId, int[] measurands, int context, CaptureTime time)
        {
            IMeter meter = Meter(connectorId);
            return meter == null ? null : MeterSampler.Sample(meter, measurands, context, time);
        }

        public void Tick(long nowMono, long utcMs, int boot)
        {
            // Periodic samples of each transaction.
            long sampleMs = (long)Settings.SampleIntervalSeconds * 1000;
            for (int c = 1; c < _meters.Length; c++)
            {
                IMeter meter = _meters[c];
                if (!_inTransaction[c] || meter == null || sampleMs <= 0)
                {
                    continue;
                }

                if (_nextSampleMono[c] == 0)
                {
                    _nextSampleMono[c] = nowMono + sampleMs;
                    continue;
                }

                if (nowMono < _nextSampleMono[c])
                {
                    continue;
                }

                Emit(c, meter, Settings.SampledData, Settings.StopTxnSampledData, ReadingContext.SamplePeriodic, new CaptureTime(utcMs, boot, nowMono), true);

                _nextSampleMono[c] += sampleMs;
                if (_nextSampleMono[c] <= nowMono)
                {
                    _nextSampleMono[c] = nowMono + sampleMs;
                }
            }

            // Clock-aligned samples of every meter.
            int interval = Settings.AlignedIntervalSeconds;
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
                    Emit(c, meter, Settings.AlignedData, Settings.StopTxnAlignedData, ReadingContext.SampleClock, aligned, c > 0 && _inTransaction[c]);
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
                MeterValue value = MeterSampler.Sample(meter, measurands, context, time);
                if (inTx)
                {
                    _sink.TransactionSample(c, value);
                }
                else
                {
                    _sink.PlainSample(c, value);
                }
            }

            if (inTx && stopTxnMeasurands.Length > 0)
            {
                _sink.TransactionData(c, MeterSampler.Sample(meter, stopTxnMeasurands, context, time));
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
    }
}
