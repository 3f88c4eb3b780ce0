using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// Arithmetic modulo an odd 256-bit modulus m with the top bit set (P-256's p and n), on 8 little-endian 32-bit
    /// limbs, with Montgomery multiplication (CIOS, R = 2^256). Everything runs in time independent of the values: no
    /// data-dependent branches, early exits or table indices; conditional subtractions are done by masking. Scratch
    /// buffers are allocated once per instance, so an instance is not thread-safe.
    /// </summary>
    public sealed class ModularField
    {
        public const int Limbs = 8;

        private readonly uint[] _m = new uint[Limbs];
        private readonly uint _m0inv;
        private readonly uint[] _r2 = new uint[Limbs];
        private readonly uint[] _one = new uint[Limbs];
        /// <summary>1 (not in Montgomery form): Mul(r, a, Unit) takes a out of Montgomery form.</summary>
        internal readonly uint[] Unit = new uint[Limbs];
        private readonly uint[] _t = new uint[Limbs + 2];
        private readonly uint[] _d = new uint[Limbs];
        private readonly uint[] _x = new uint[Limbs];

        /// <summary>For P-256's p and n only (<see cref="P256Curve"/>): the modulus is not checked.</summary>
        public ModularField(uint[] modulus)
        {
            Array.Copy(modulus, _m, Limbs);

            // -m^-1 mod 2^32 by Newton iteration (each step doubles the correct low bits).
            uint inv = 1;
            for (int i = 0; i < 5; i++)
            {
                inv *= 2 - modulus[0] * inv;
            }

            _m0inv = 0 - inv;

            // R mod m = 2^256 - m (m > 2^255); R^2 mod m by 256 modular doublings of R.
            uint borrow = 0;
            for (int i = 0; i < Limbs; i++)
            {
                ulong d = 0UL - modulus[i] - borrow;
                _one[i] = (uint)d;
                borrow = (uint)(d >> 32) & 1;
            }

            Array.Copy(_one, _r2, Limbs);
            for (int i = 0; i < 256; i++)
            {
                Add(_r2, _r2, _r2);
            }

            Unit[0] = 1;
        }

        /// <summary>Montgomery multiplications (squarings included) since construction or since set to 0.</summary>
        public long Multiplications;

        /// <summary>r = a·b·R^-1 mod m, for a &lt; R and b &lt; m (r may alias a or b). Fully reduced.</summary>
        public void Mul(uint[] r, uint[] a, uint[] b)
        {
            Multiplications++;
            uint[] t = _t;
            uint[] m = _m;
            for (int i = 0; i < Limbs + 2; i++)
            {
                t[i] = 0;
            }

            for (int i = 0; i < Limbs; i++)
            {
                ulong bi = b[i];
                ulong c = 0;
                for (int j = 0; j < Limbs; j++)
                {
                    c += t[j] + a[j] * bi;
                    t[j] = (uint)c;
                    c >>= 32;
                }

                c += t[Limbs];
                t[Limbs] = (uint)c;
                t[Limbs + 1] = (uint)(c >> 32);

                ulong q = t[0] * _m0inv;
                c = (t[0] + q * m[0]) >> 32;
                for (int j = 1; j < Limbs; j++)
                {
                    c += t[j] + q * m[j];
                    t[j - 1] = (uint)c;
                    c >>= 32;
                }

                c += t[Limbs];
                t[Limbs - 1] = (uint)c;
                t[Limbs] = t[Limbs + 1] + (uint)(c >> 32);
            }

            Reduce(r, t, t[Limbs]);
        }

        /// <summary>r = a + b mod m, for a, b &lt; m.</summary>
        public void Add(uint[] r, uint[] a, uint[] b)
        {
            ulong c = 0;
            for (int i = 0; i < Limbs; i++)
            {
                c += (ulong)a[i] + b[i];
                _t[i] = (uint)c;
                c >>= 32;
            }

            Reduce(r, _t, (uint)c);
        }

        /// <summary>r = a - b mod m, for a, b &lt; m.</summary>
        public void Sub(uint[] r, uint[] a, uint[] b)
        {
            uint mask = 0 - Subtract(_t, a, b);
            ulong c = 0;
            for (int i = 0; i < Limbs; i++)
            {
                c += (ulong)_t[i] + (_m[i] & mask);
                r[i] = (uint)c;
                c >>= 32;
            }
        }

        /// <summary>r = a·R mod m (into Montgomery form), for any 256-bit a.</summary>
        public void ToMontgomery(uint[] r, uint[] a)
        {
            Mul(r, a, _r2);
        }

        /// <summary>r = 1 in Montgomery form.</summary>
        public void SetOne(uint[] r)
        {
            Array.Copy(_one, r, Limbs);
        }

        /// <summary>
        /// r = a^-1 (Montgomery form in and out) as a^(m-2) (Fermat: m is prime): the operation sequence depends only on m.
        /// 0 maps to 0. m - 2 differs from m only in the lowest limb (m odd, that limb not 1: no borrow).
        /// </summary>
        public void Invert(uint[] r, uint[] a)
        {
            uint[] x = _x;
            Array.Copy(_one, x, Limbs);
            for (int bit = 255; bit >= 0; bit--)
            {
                Mul(x, x, x);
                uint limb = bit < 32 ? _m[0] - 2 : _m[bit >> 5];
                if (((limb >> (bit & 31)) & 1) != 0)
                {
                    Mul(x, x, a);
                }
            }

            Array.Copy(x, r, Limbs);
        }

        /// <summary>1 when a &lt; m, else 0 (constant time).</summary>
        public uint IsReduced(uint[] a)
        {
            return Subtract(_d, a, _m);
        }

        /// <summary>r = a - b over 256 bits; returns the borrow (1 when a &lt; b). r may alias a or b.</summary>
        private static uint Subtract(uint[] r, uint[] a, uint[] b)
        {
            uint borrow = 0;
            for (int i = 0; i < Limbs; i++)
            {
                ulong d = (ulong)a[i] - b[i] - borrow;
                r[i] = (uint)d;
                borrow = (uint)(d >> 32) & 1;
            }

            return borrow;
        }

        /// <summary>r = t mod m for t = high·2^256 + t &lt; 2m (any 256-bit t with high 0: m &gt; 2^255).</summary>
        public void Reduce(uint[] r, uint[] t, uint high)
        {
            uint mask = 0 - (high | (Subtract(_d, t, _m) ^ 1));
            for (int i = 0; i < Limbs; i++)
            {
                r[i] = (_d[i] & mask) | (t[i] & ~mask);
            }
        }

        // ---- value helpers (constant time) ----

        /// <summary>0xFFFFFFFF when a is zero, else 0.</summary>
        public static uint ZeroMask(uint[] a)
        {
            uint acc = 0;
            for (int i = 0; i < Limbs; i++)
            {
                acc |= a[i];
            }

            return ((acc | (0 - acc)) >> 31) - 1;
        }

        /// <summary>r = mask ? a : r, limb by limb (mask is 0 or 0xFFFFFFFF).</summary>
        public static void Select(uint[] r, uint[] a, uint mask)
        {
            for (int i = 0; i < Limbs; i++)
            {
                r[i] = (r[i] & ~mask) | (a[i] & mask);
            }
        }

        /// <summary>Big-endian bytes (32 at offset) to limbs.</summary>
        public static void FromBytes(uint[] r, byte[] src, int offset)
        {
            for (int i = 0; i < Limbs; i++)
            {
                int p = offset + 4 * (Limbs - 1 - i);
                r[i] = ((uint)src[p] << 24) | ((uint)src[p + 1] << 16) | ((uint)src[p + 2] << 8) | src[p + 3];
            }
        }

        /// <summary>Limbs to 32 big-endian bytes at offset.</summary>
        public static void ToBytes(byte[] dst, int offset, uint[] a)
        {
            for (int i = 0; i < Limbs; i++)
            {
                int p = offset + 4 * (Limbs - 1 - i);
                uint v = a[i];
                dst[p] = (byte)(v >> 24);
                dst[p + 1] = (byte)(v >> 16);
                dst[p + 2] = (byte)(v >> 8);
                dst[p + 3] = (byte)v;
            }
        }
    }
}
