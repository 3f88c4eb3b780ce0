namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// The running energy counters' record (a part of Atm90e32: one type in the .pe). The counters (total and per
    /// phase, in meter LSBs) are one atomically replaced record: "ET", version, 0, four little-endian int64 counters,
    /// FNV-1a 32 checksum. A record that fails the check is ignored (the counters start from zero and
    /// <see cref="StoredTotalWasCorrupt"/> says so).
    /// </summary>
    public sealed partial class Atm90e32
    {
        private const int TotalsLength = 4 + 4 * 8 + 4;

        /// <summary>True when the stored total was unreadable at start-up (counting restarted at 0).</summary>
        public bool StoredTotalWasCorrupt;

        private void Save()
        {
            var b = new byte[TotalsLength]; // a few per hour: not kept between saves
            b[0] = (byte)'E';
            b[1] = (byte)'T';
            b[2] = 1;
            b[3] = 0;
            for (int i = 0; i < 4; i++)
            {
                Put(b, 4 + i * 8, _counts[i], 8);
            }

            Put(b, TotalsLength - 4, Fnv(b, TotalsLength - 4), 4);
            _storage.Write(_settings.MeterRecord, b);
            _persistedCount = _counts[0];
        }

        private static uint Fnv(byte[] data, int count)
        {
            uint h = 2166136261;
            for (int i = 0; i < count; i++)
            {
                h = (h ^ data[i]) * 16777619;
            }

            return h;
        }

        /// <summary>The count-byte little-endian number at b[at].</summary>
        private static long Get(byte[] b, int at, int count)
        {
            long v = 0;
            for (int i = count - 1; i >= 0; i--)
            {
                v = (v << 8) | b[at + i];
            }

            return v;
        }

        private static void Put(byte[] b, int at, long v, int count)
        {
            for (int i = 0; i < count; i++)
            {
                b[at + i] = (byte)(v >> (8 * i));
            }
        }
    }
}
