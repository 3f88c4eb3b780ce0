using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// The NIST P-256 curve y² = x³ - 3x + b over GF(p): Jacobian point arithmetic and a constant-time fixed-window
    /// scalar multiplication. All buffers (the 16-entry window table included) are allocated once per instance; an
    /// instance is not thread-safe. Operation counts: <see cref="Fp"/> and <see cref="Fn"/>.Multiplications.
    /// </summary>
    public sealed class P256Curve
    {
        // p, n, b, Gx, Gy as little-endian 32-bit limbs, one table (one static field and initialiser, not five).
        private static readonly uint[] Constants =
        {
            0xffffffff, 0xffffffff, 0xffffffff, 0x00000000, 0x00000000, 0x00000000, 0x00000001, 0xffffffff,
            0xfc632551, 0xf3b9cac2, 0xa7179e84, 0xbce6faad, 0xffffffff, 0xffffffff, 0x00000000, 0xffffffff,
            0x27d2604b, 0x3bce3c3e, 0xcc53b0f6, 0x651d06b0, 0x769886bc, 0xb3ebbd55, 0xaa3a93e7, 0x5ac635d8,
            0xd898c296, 0xf4a13945, 0x2deb33a0, 0x77037d81, 0x63a440f2, 0xf8bce6e5, 0xe12c4247, 0x6b17d1f2,
            0x37bf51f5, 0xcbb64068, 0x6b315ece, 0x2bce3357, 0x7c0f9e16, 0x8ee7eb4a, 0xfe1a7f9b, 0x4fe342e2,
        };

        private const int PrimeP = 0;
        private const int OrderN = 8;
        private const int CurveB = 16;
        private const int BaseX = 24;
        private const int BaseY = 32;

        private const int WindowBits = 4;
        private const int TableSize = 1 << WindowBits;

        /// <summary>Arithmetic mod p (coordinates).</summary>
        public readonly ModularField Fp = new ModularField(Constant(PrimeP));

        /// <summary>Arithmetic mod n (scalars).</summary>
        public readonly ModularField Fn = new ModularField(Constant(OrderN));

        private readonly uint[] _b = new uint[ModularField.Limbs];
        private readonly JacobianPoint _g = new JacobianPoint();
        private readonly JacobianPoint[] _table = new JacobianPoint[TableSize];
        private readonly JacobianPoint[] _table2 = new JacobianPoint[TableSize];
        private readonly JacobianPoint _acc = new JacobianPoint();
        private readonly JacobianPoint _sel = new JacobianPoint();
        private readonly JacobianPoint _sum = new JacobianPoint();
        private readonly uint[] _t1 = new uint[ModularField.Limbs];
        private readonly uint[] _t2 = new uint[ModularField.Limbs];
        private readonly uint[] _t3 = new uint[ModularField.Limbs];
        private readonly uint[] _t4 = new uint[ModularField.Limbs];
        private readonly uint[] _t5 = new uint[ModularField.Limbs];
        private readonly uint[] _t6 = new uint[ModularField.Limbs];
        private readonly uint[] _t7 = new uint[ModularField.Limbs];

        public P256Curve()
        {
            Fp.ToMontgomery(_b, Constant(CurveB));
            Fp.ToMontgomery(_g.X, Constant(BaseX));
            Fp.ToMontgomery(_g.Y, Constant(BaseY));
            Fp.SetOne(_g.Z);
            for (int i = 0; i < TableSize; i++)
            {
                _table[i] = new JacobianPoint();
                _table2[i] = new JacobianPoint();
            }

            Fp.Multiplications = 0;
        }

        /// <summary>The group order n as limbs (a copy).</summary>
        public uint[] Order()
        {
            return Constant(OrderN);
        }

        /// <summary>A copy of the constant at this offset of <see cref="Constants"/>.</summary>
        private static uint[] Constant(int offset)
        {
            var limbs = new uint[ModularField.Limbs];
            Array.Copy(Constants, offset, limbs, 0, ModularField.Limbs);
            return limbs;
        }

        /// <summary>The base point G (a copy).</summary>
        public void Generator(JacobianPoint r)
        {
            r.CopyFrom(_g);
        }

        /// <summary>
        /// Loads affine coordinates (plain big-endian 32-byte x and y) and checks x, y &lt; p and y² = x³ - 3x + b.
        /// Returns false (r unchanged meaning) for a point off the curve. The encoding has no room for infinity.
        /// </summary>
        public bool TryLoad(JacobianPoint r, byte[] x, int xOffset, byte[] y, int yOffset)
        {
            ModularField.FromBytes(_t1, x, xOffset);
            ModularField.FromBytes(_t2, y, yOffset);
            if ((Fp.IsReduced(_t1) & Fp.IsReduced(_t2)) == 0)
            {
                return false;
            }

            Fp.ToMontgomery(r.X, _t1);
            Fp.ToMontgomery(r.Y, _t2);
            Fp.SetOne(r.Z);

            // rhs = x³ - 3x + b
            Fp.Square(_t3, r.X);
            Fp.Mul(_t3, _t3, r.X);
            Fp.Add(_t4, r.X, r.X);
            Fp.Add(_t4, _t4, r.X);
            Fp.Sub(_t3, _t3, _t4);
            Fp.Add(_t3, _t3, _b);
            Fp.Square(_t4, r.Y);
            return ModularField.EqualMask(_t3, _t4) != 0;
        }

        /// <summary>r = 2p (r may be p). 4M + 4S (a = -3). Doubling infinity gives infinity.</summary>
        public void Double(JacobianPoint r, JacobianPoint p)
        {
            ModularField f = Fp;
            f.Square(_t1, p.Z);            // delta
            f.Square(_t2, p.Y);            // gamma
            f.Mul(_t3, p.X, _t2);          // beta
            f.Sub(_t4, p.X, _t1);
            f.Add(_t5, p.X, _t1);
            f.Mul(_t4, _t4, _t5);
            f.Add(_t5, _t4, _t4);
            f.Add(_t4, _t5, _t4);          // alpha = 3(X - delta)(X + delta)
            f.Mul(_t5, p.Y, p.Z);
            f.Add(r.Z, _t5, _t5);          // Z3 = 2YZ
            f.Square(_t6, _t4);            // alpha²
            f.Add(_t3, _t3, _t3);
            f.Add(_t3, _t3, _t3);          // 4 beta
            f.Add(_t7, _t3, _t3);          // 8 beta
            f.Sub(r.X, _t6, _t7);          // X3 = alpha² - 8 beta
            f.Sub(_t3, _t3, r.X);
            f.Mul(_t3, _t4, _t3);          // alpha (4 beta - X3)
            f.Square(_t2, _t2);            // gamma²
            f.Add(_t2, _t2, _t2);
            f.Add(_t2, _t2, _t2);
            f.Add(_t2, _t2, _t2);          // 8 gamma²
            f.Sub(r.Y, _t3, _t2);
        }

        /// <summary>
        /// r = p + q with the generic formulas (12M + 4S); r may alias p or q. Wrong when p or q is infinity or p = q
        /// (callers handle those); p = -q gives infinity.
        /// </summary>
        public void Add(JacobianPoint r, JacobianPoint p, JacobianPoint q)
        {
            ModularField f = Fp;
            f.Square(_t1, p.Z);            // Z1²
            f.Square(_t2, q.Z);            // Z2²
            f.Mul(_t3, p.X, _t2);          // U1
            f.Mul(_t4, q.X, _t1);          // U2
            f.Mul(_t1, _t1, p.Z);          // Z1³
            f.Mul(_t2, _t2, q.Z);          // Z2³
            f.Mul(_t5, p.Y, _t2);          // S1
            f.Mul(_t6, q.Y, _t1);          // S2
            f.Sub(_t4, _t4, _t3);          // H
            f.Sub(_t6, _t6, _t5);          // R
            f.Mul(_t1, p.Z, q.Z);
            f.Mul(r.Z, _t1, _t4);          // Z3 = Z1 Z2 H
            f.Square(_t2, _t4);            // H²
            f.Mul(_t7, _t4, _t2);          // H³
            f.Mul(_t3, _t3, _t2);          // U1 H²
            f.Square(_t1, _t6);            // R²
            f.Sub(_t1, _t1, _t7);
            f.Add(_t2, _t3, _t3);
            f.Sub(r.X, _t1, _t2);          // X3 = R² - H³ - 2 U1 H²
            f.Sub(_t3, _t3, r.X);
            f.Mul(_t3, _t6, _t3);
            f.Mul(_t5, _t5, _t7);
            f.Sub(r.Y, _t3, _t5);          // Y3 = R (U1 H² - X3) - S1 H³
        }

        /// <summary>
        /// r = p + q for public points, every case handled (infinity, p = q, p = -q); r may alias p or q. Branches on
        /// the values: use only on public data (signature verification).
        /// </summary>
        public void AddPublic(JacobianPoint r, JacobianPoint p, JacobianPoint q)
        {
            if (p.InfinityMask() != 0)
            {
                r.CopyFrom(q);
                return;
            }

            if (q.InfinityMask() != 0)
            {
                r.CopyFrom(p);
                return;
            }

            Add(_sum, p, q);

            // Add leaves H in _t4 and R in _t6: H = R = 0 means p = q (the formula gave 0), so double instead.
            // H = 0 alone is p = -q, and Add already gave infinity (Z3 = Z1 Z2 H = 0).
            if ((ModularField.ZeroMask(_t4) & ModularField.ZeroMask(_t6)) != 0)
            {
                Double(r, p);
                return;
            }

            r.CopyFrom(_sum);
        }

        /// <summary>
        /// r = k·p for a scalar k (32 big-endian bytes at offset) with k &lt; n, p not infinity. Constant time: 4-bit
        /// fixed window, every table entry read for each window, and the infinity cases of the addition chosen by
        /// masks. For k &lt; n the accumulator never equals ± the table entry unless one of them is infinity.
        /// Cost: 7 doublings + 7 additions for the table, 252 doublings + 64 additions (~3200 multiplications mod p).
        /// </summary>
        public void Multiply(JacobianPoint r, JacobianPoint p, byte[] k, int offset)
        {
            JacobianPoint[] table = _table;
            BuildTable(table, p);
            JacobianPoint acc = _acc;
            acc.CopyFrom(table[0]);
            for (int w = 0; w < 64; w++)
            {
                if (w > 0)
                {
                    for (int i = 0; i < WindowBits; i++)
                    {
                        Double(acc, acc);
                    }
                }

                int b = k[offset + (w >> 1)];
                uint digit = (uint)((w & 1) == 0 ? b >> 4 : b & 0xF);
                for (uint i = 0; i < TableSize; i++)
                {
                    uint d = i ^ digit;
                    _sel.Select(table[i], ((d | (0 - d)) >> 31) - 1);
                }

                Add(_sum, acc, _sel);
                _sum.Select(_sel, acc.InfinityMask());
                _sum.Select(acc, _sel.InfinityMask());
                acc.CopyFrom(_sum);
            }

            r.CopyFrom(acc);
            acc.Clear();
            _sel.Clear();
            _sum.Clear();
            for (int i = 0; i < TableSize; i++)
            {
                table[i].Clear();
            }
        }

        /// <summary>
        /// r = a·G + b·q for public scalars a, b &lt; n (32 big-endian bytes each): interleaved 4-bit windows (Shamir's
        /// trick), one doubling chain for both products. Branches on the data: verification only.
        /// Cost: 2 tables (14 doublings + 14 additions), 252 doublings, up to 128 additions (~4300 multiplications mod p).
        /// </summary>
        public void MultiplyAddPublic(JacobianPoint r, byte[] a, byte[] b, JacobianPoint q)
        {
            BuildTable(_table, _g);
            BuildTable(_table2, q);
            JacobianPoint acc = _acc;
            acc.CopyFrom(_table[0]);
            for (int w = 0; w < 64; w++)
            {
                if (w > 0)
                {
                    for (int i = 0; i < WindowBits; i++)
                    {
                        Double(acc, acc);
                    }
                }

                int da = (w & 1) == 0 ? a[w >> 1] >> 4 : a[w >> 1] & 0xF;
                int db = (w & 1) == 0 ? b[w >> 1] >> 4 : b[w >> 1] & 0xF;
                if (da != 0)
                {
                    AddPublic(acc, acc, _table[da]);
                }

                if (db != 0)
                {
                    AddPublic(acc, acc, _table2[db]);
                }
            }

            r.CopyFrom(acc);
        }

        /// <summary>table[i] = i·p for i = 0..15 (table[0] = infinity). p must not be infinity.</summary>
        private void BuildTable(JacobianPoint[] table, JacobianPoint p)
        {
            table[0].Clear();
            Fp.SetOne(table[0].X);
            Fp.SetOne(table[0].Y);
            table[1].CopyFrom(p);
            for (int i = 2; i < TableSize; i++)
            {
                if ((i & 1) == 0)
                {
                    Double(table[i], table[i >> 1]);
                }
                else
                {
                    Add(table[i], table[i - 1], p); // (i-1)·p ≠ ±p for 2 ≤ i-1 ≤ 14: no exceptional case
                }
            }
        }

        /// <summary>
        /// Affine coordinates of p as plain (non-Montgomery) limbs. Returns false for infinity (x, y then zero).
        /// Constant time apart from that result (the inversion runs on a fixed exponent).
        /// </summary>
        public bool ToAffine(uint[] x, uint[] y, JacobianPoint p)
        {
            uint infinity = p.InfinityMask();
            Fp.Invert(_t1, p.Z);
            Fp.Square(_t2, _t1);
            Fp.Mul(_t3, p.X, _t2);
            Fp.Mul(_t2, _t2, _t1);
            Fp.Mul(_t4, p.Y, _t2);
            Fp.FromMontgomery(x, _t3);
            Fp.FromMontgomery(y, _t4);
            return infinity == 0;
        }
    }
}
