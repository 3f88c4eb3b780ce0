namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// Persists the running energy counters (total and per phase, in meter LSBs) as one atomically replaced
    /// record: "ET", version, 0, four little-endian int64 counters, FNV-1a 32 checksum. A record that fails the
    /// check is ignored (the counters start from zero and <see cref="LoadedCorrupt"/> says so).
    /// </summary>
    public sealed class EnergyTotalStore
    {
        private const int Counters = 4;
        private const int Length = 4 + Counters * 8 + 4;

        private readonly IStorage _storage;
        private readonly string _name;
        private readonly byte[] _buffer = new byte[Length];

        public EnergyTotalStore(IStorage storage, string name)
        {
            _storage = storage;
            _name = name;
        }

        public bool LoadedCorrupt;

        /// <summary>Fills counters[0..3] (total, A, B, C); false when there is no valid record.</summary>
        public bool Load(long[] counters)
        {
            for (int i = 0; i < Counters; i++)
            {
                counters[i] = 0;
            }

            var data = _storage.Read(_name);
            if (data == null)
            {
                return false;
            }

            if (data.Length != Length || data[0] != (byte)'E' || data[1] != (byte)'T' || data[2] != 1
                || (uint)Get(data, Length - 4, 4) != Fnv(data, Length - 4))
            {
                LoadedCorrupt = true;
                return false;
            }

            for (int i = 0; i < Counters; i++)
            {
                counters[i] = Get(data, 4 + i * 8, 8);
            }

            return true;
        }

        public void Save(long[] counters)
        {
            var b = _buffer;
            b[0] = (byte)'E';
            b[1] = (byte)'T';
            b[2] = 1;
            b[3] = 0;
            for (int i = 0; i < Counters; i++)
            {
                Put(b, 4 + i * 8, counters[i], 8);
            }

            Put(b, Length - 4, Fnv(b, Length - 4), 4);

            _storage.Write(_name, b);
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
