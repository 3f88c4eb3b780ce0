using System;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>An entropy source that hands out the given blocks in order, then repeats the last one; counts calls.</summary>
    public sealed class ScriptedEntropy : IEntropySource
    {
        private readonly byte[][] _blocks;

        public ScriptedEntropy(params string[] hexBlocks)
        {
            _blocks = new byte[hexBlocks.Length][];
            for (int i = 0; i < hexBlocks.Length; i++)
            {
                _blocks[i] = Hex.Decode(hexBlocks[i]);
            }
        }

        public int Calls { get; private set; }

        public void Fill(byte[] buffer)
        {
            byte[] block = _blocks[Calls < _blocks.Length ? Calls : _blocks.Length - 1];
            Array.Copy(block, buffer, buffer.Length);
            Calls++;
        }
    }
}
