using System;
using System.Text;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>
    /// Deterministic "entropy" for the simulator and the tests: SHA-256(seed | counter) blocks, so that the same run
    /// makes the same keys. Never in the ESP32 image (this assembly is simulation-only).
    /// </summary>
    public sealed class SimulatedEntropy : IEntropySource
    {
        private readonly byte[] _input;
        private uint _counter;

        public SimulatedEntropy(string seed)
        {
            byte[] s = Encoding.UTF8.GetBytes(seed);
            _input = new byte[s.Length + 4];
            Array.Copy(s, _input, s.Length);
        }

        /// <summary>Blocks handed out so far.</summary>
        public uint Blocks => _counter;

        public void Fill(byte[] buffer)
        {
            int done = 0;
            while (done < buffer.Length)
            {
                int n = _input.Length;
                _input[n - 4] = (byte)(_counter >> 24);
                _input[n - 3] = (byte)(_counter >> 16);
                _input[n - 2] = (byte)(_counter >> 8);
                _input[n - 1] = (byte)_counter;
                _counter++;
                byte[] block = Sha256.Hash(_input);
                int take = buffer.Length - done < block.Length ? buffer.Length - done : block.Length;
                Array.Copy(block, 0, buffer, done, take);
                done += take;
            }
        }
    }
}

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
