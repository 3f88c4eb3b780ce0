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
