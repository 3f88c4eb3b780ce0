namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// Small seeded PRNG (xorshift32) for reconnect jitter: the simulator's, the benchmark's and the tests' IRandom, so
    /// that a run repeats (the namespace of the application, where it was). Not in the ESP32 image: there the program
    /// answers IRandom from System.Random (Esp32Only/Program.Entropy.cs).
    /// </summary>
    public sealed class XorShiftRandom : ChargePoint.Ocpp.Platform.IRandom
    {
        private uint _state;

        public XorShiftRandom(uint seed)
        {
            _state = seed == 0 ? 0x9E3779B9 : seed;
        }

        public int Next(int maxExclusive)
        {
            if (maxExclusive <= 0)
            {
                return 0;
            }

            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return (int)(x % (uint)maxExclusive);
        }
    }
}
