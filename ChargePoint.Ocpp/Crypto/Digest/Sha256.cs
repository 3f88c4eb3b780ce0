using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// SHA-256 (FIPS 180-4), incremental: Append any number of times, then Finish (which also resets). nanoFramework
    /// has no plain SHA-256. Buffers are allocated once per instance; an instance is not thread-safe.
    /// Compiled into the loader's assembly (the loader checks slot files with it; the engine uses the same copy).
    /// </summary>
    public sealed class Sha256
    {
        public const int HashSize = 32;
        public const int BlockSize = 64;

        /// <summary>Where the P-256 constants start in <see cref="K"/>.</summary>
        public const int P256Offset = 72;

        // The 64 round constants K, then the 8 words of the initial hash value (Reset copies them), then P-256's p, n, b,
        // Gx, Gy as little-endian 32-bit limbs (P256Curve, in the engine's assembly: hence public): one constant table,
        // as each static array costs the .pe a type, a field and an initialiser. Never written.
        public static readonly uint[] K =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
            0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0x00000000, 0x00000000, 0x00000001, 0xffffffff,
            0xfc632551, 0xf3b9cac2, 0xa7179e84, 0xbce6faad, 0xffffffff, 0xffffffff, 0x00000000, 0xffffffff,
            0x27d2604b, 0x3bce3c3e, 0xcc53b0f6, 0x651d06b0, 0x769886bc, 0xb3ebbd55, 0xaa3a93e7, 0x5ac635d8,
            0xd898c296, 0xf4a13945, 0x2deb33a0, 0x77037d81, 0x63a440f2, 0xf8bce6e5, 0xe12c4247, 0x6b17d1f2,
            0x37bf51f5, 0xcbb64068, 0x6b315ece, 0x2bce3357, 0x7c0f9e16, 0x8ee7eb4a, 0xfe1a7f9b, 0x4fe342e2,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _w = new uint[64];
        private readonly byte[] _block = new byte[BlockSize];
        private int _blockLength;
        private long _totalBytes;

        public Sha256()
        {
            Reset();
        }

        /// <summary>Number of 64-byte blocks compressed since construction (cost accounting).</summary>
        public long Blocks;

        /// <summary>One-shot hash of a whole array.</summary>
        public static byte[] Hash(byte[] data)
        {
            var sha = new Sha256();
            sha.Append(data, 0, data.Length);
            var result = new byte[HashSize];
            sha.Finish(result);
            return result;
        }

        public void Reset()
        {
            Array.Copy(K, 64, _state, 0, 8);
            _blockLength = 0;
            _totalBytes = 0;
        }

        public void Append(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset + count > data.Length)
            {
                throw new ArgumentException("bad range");
            }

            _totalBytes += count;
            while (count > 0)
            {
                if (_blockLength == 0 && count >= BlockSize)
                {
                    Compress(data, offset);
                    offset += BlockSize;
                    count -= BlockSize;
                    continue;
                }

                int n = BlockSize - _blockLength;
                if (n > count)
                {
                    n = count;
                }

                Array.Copy(data, offset, _block, _blockLength, n);
                _blockLength += n;
                offset += n;
                count -= n;
                if (_blockLength == BlockSize)
                {
                    Compress(_block, 0);
                    _blockLength = 0;
                }
            }
        }

        /// <summary>
        /// HMAC-SHA256 (RFC 2104) of data[0, count) with this key, written at output[0] (32 bytes; output may be the key or
        /// the data). Runs on this instance, which must be between messages (it is again after). The pad holds key
        /// material: cleared before returning.
        /// </summary>
        public void Mac(byte[] key, byte[] data, int count, byte[] output)
        {
            var pad = new byte[BlockSize];
            var inner = new byte[HashSize];
            if (key.Length > BlockSize)
            {
                Append(key, 0, key.Length);
                Finish(pad);
            }
            else
            {
                Array.Copy(key, pad, key.Length);
            }

            for (int i = 0; i < BlockSize; i++)
            {
                pad[i] ^= 0x36;
            }

            Append(pad, 0, BlockSize);
            Append(data, 0, count);
            Finish(inner);
            for (int i = 0; i < BlockSize; i++)
            {
                pad[i] ^= 0x36 ^ 0x5c;
            }

            Append(pad, 0, BlockSize);
            Append(inner, 0, HashSize);
            Finish(output);
            Array.Clear(pad, 0, BlockSize);
        }

        /// <summary>Writes the 32-byte digest at output[0] and resets for the next message.</summary>
        public void Finish(byte[] output)
        {
            long bits = _totalBytes * 8;
            _block[_blockLength++] = 0x80;
            if (_blockLength > BlockSize - 8)
            {
                Array.Clear(_block, _blockLength, BlockSize - _blockLength);
                Compress(_block, 0);
                _blockLength = 0;
            }

            Array.Clear(_block, _blockLength, BlockSize - 8 - _blockLength);
            for (int i = 0; i < 8; i++)
            {
                _block[BlockSize - 1 - i] = (byte)(bits >> (8 * i));
            }

            Compress(_block, 0);
            for (int i = 0; i < 8; i++)
            {
                uint v = _state[i];
                output[4 * i] = (byte)(v >> 24);
                output[4 * i + 1] = (byte)(v >> 16);
                output[4 * i + 2] = (byte)(v >> 8);
                output[4 * i + 3] = (byte)v;
            }

            Array.Clear(_block, 0, BlockSize);
            Array.Clear(_w, 0, 64);
            Reset();
        }

        private void Compress(byte[] data, int offset)
        {
            Blocks++;
            uint[] w = _w;
            for (int i = 0; i < 16; i++)
            {
                int p = offset + 4 * i;
                w[i] = ((uint)data[p] << 24) | ((uint)data[p + 1] << 16) | ((uint)data[p + 2] << 8) | data[p + 3];
            }

            for (int i = 16; i < 64; i++)
            {
                uint x = w[i - 15];
                uint y = w[i - 2];
                uint s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                uint s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }

            uint a = _state[0], b = _state[1], c = _state[2], d = _state[3];
            uint e = _state[4], f = _state[5], g = _state[6], h = _state[7];
            for (int i = 0; i < 64; i++)
            {
                uint S1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                uint ch = (e & f) ^ (~e & g);
                uint t1 = h + S1 + ch + K[i] + w[i];
                uint S0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                uint maj = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = S0 + maj;
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            _state[0] += a;
            _state[1] += b;
            _state[2] += c;
            _state[3] += d;
            _state[4] += e;
            _state[5] += f;
            _state[6] += g;
            _state[7] += h;
        }
    }
}
