namespace ChargePoint.Hal.Simulation
{
    /// <summary>Deterministic pseudo-random numbers (xorshift32) for repeatable noise.</summary>
    public sealed class NoiseSource
    {
        private uint _state;

        public NoiseSource(uint seed)
        {
            _state = seed == 0 ? 0x9E3779B9 : seed;
        }

        public uint NextUInt()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        /// <summary>Uniform in [0, 1).</summary>
        public double NextDouble()
        {
            return (NextUInt() >> 8) / 16777216.0;
        }

        /// <summary>Uniform in [−amplitude, +amplitude).</summary>
        public double Symmetric(double amplitude)
        {
            return (NextDouble() * 2.0 - 1.0) * amplitude;
        }
    }
}
