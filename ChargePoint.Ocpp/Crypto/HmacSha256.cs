using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104) over the managed Sha256, for the RFC 6979 nonces. Init(key) once per message, then
    /// Append, then Finish. Buffers are allocated once per instance.
    /// </summary>
    public sealed class HmacSha256
    {
        private readonly Sha256 _inner = new Sha256();
        private readonly Sha256 _outer = new Sha256();
        private readonly byte[] _pad = new byte[Sha256.BlockSize];
        private readonly byte[] _innerHash = new byte[Sha256.HashSize];

        /// <summary>Compressions done by both hashes (cost accounting).</summary>
        public long Blocks => _inner.Blocks + _outer.Blocks;

        public void Init(byte[] key)
        {
            Array.Clear(_pad, 0, _pad.Length);
            if (key.Length > Sha256.BlockSize)
            {
                _inner.Reset();
                _inner.Append(key, 0, key.Length);
                _inner.Finish(_pad);
            }
            else
            {
                Array.Copy(key, _pad, key.Length);
            }

            for (int i = 0; i < _pad.Length; i++)
            {
                _pad[i] ^= 0x36;
            }

            _inner.Reset();
            _inner.Append(_pad, 0, _pad.Length);
            for (int i = 0; i < _pad.Length; i++)
            {
                _pad[i] ^= 0x36 ^ 0x5c;
            }

            _outer.Reset();
            _outer.Append(_pad, 0, _pad.Length);
            Array.Clear(_pad, 0, _pad.Length);
        }

        public void Append(byte[] data, int offset, int count)
        {
            _inner.Append(data, offset, count);
        }

        /// <summary>Writes the 32-byte MAC at output[0].</summary>
        public void Finish(byte[] output)
        {
            _inner.Finish(_innerHash);
            _outer.Append(_innerHash, 0, _innerHash.Length);
            _outer.Finish(output);
            Array.Clear(_innerHash, 0, _innerHash.Length);
        }
    }
}
