using System;
using System.Text;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Tests.Ocpp.Certificates
{
    /// <summary>Deterministic entropy for tests: SHA-256(seed | counter) blocks; counts the bytes handed out.</summary>
    public sealed class TestEntropy : IEntropySource
    {
        private readonly byte[] _input;
        private uint _counter;

        public TestEntropy(string seed)
        {
            byte[] s = Encoding.UTF8.GetBytes(seed);
            _input = new byte[s.Length + 4];
            Array.Copy(s, _input, s.Length);
        }

        public int Calls { get; private set; }

        public void Fill(byte[] buffer)
        {
            Calls++;
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
