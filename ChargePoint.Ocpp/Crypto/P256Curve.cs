using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// The NIST P-256 curve y² = x³ - 3x + b over GF(p): Jacobian point arithmetic and a constant-time fixed-window
    /// scalar multiplication. A point is a uint[3][] { X, Y, Z } (x = X/Z², y = Y/Z³, Montgomery form mod p; Z = 0 is
    /// infinity), made by <see cref="Point"/>. The formulas are programs over a register file run by one interpreter
    /// loop (<see cref="Run"/>): one call site per field operation instead of one per step. All buffers (the 16-entry
    /// window tables included) are allocated once per instance; an instance is not thread-safe. Operation counts:
    /// <see cref="Fp"/> and <see cref="Fn"/>.Multiplications.
    /// </summary>
    public sealed class P256Curve
    {
        // p, n, b, Gx, Gy: 8 limbs each at Sha256.K[P256Offset...] (the assembly's one constant table).
        private const int OrderN = 8;
        private const int WindowBits = 4;
        private const int TableSize = 1 << WindowBits;

        // Programs: 3 characters per step, "d a b": d = a·b (a square is a·a); d in upper case: d = a + b; a in upper
        // case: d = a - b. Registers 'a'-'c' r.X/Y/Z, 'd'-'f' p.X/Y/Z, 'g'-'i' q.X/Y/Z, 'j'-'p' t1-t7, 'q' the curve's b.

        /// <summary>r = 2p (r may be p). 4M + 4S (a = -3). Doubling infinity gives infinity.</summary>
        private const string DoubleProgram =
            "jffkeeldkmDjNdjmmnNmmMnmnefCnnommLllLllPllaOplLalmlkkkKkkKkkKkkbLk";

        /// <summary>
        /// r = p + q with the generic formulas (12M + 4S); r may alias p or q. Wrong when p or q is infinity or p = q
        /// (callers handle those); p = -q gives infinity. Leaves H in t4 and R in t6.
        /// </summary>
        private const string AddProgram =
            "jffkiildkmgjjjfkkinekohjmMloOnjficjmkmmpmkllkjoojJpKllaJklLalolnnpbLn";

        /// <summary>t3 = x³ - 3x + b, t4 = y² for r = (x, y, 1).</summary>
        private const string CurveProgram = "laallaMaaMmalLmLlqmbb";

        /// <summary>t3 = X/Z², t4 = Y/Z³ of p, given t1 = 1/Z.</summary>
        private const string AffineProgram = "kjjldkkkjmek";

        /// <summary>Arithmetic mod p (coordinates).</summary>
        public readonly ModularField Fp = new ModularField(Constant(0));

        /// <summary>Arithmetic mod n (scalars).</summary>
        public readonly ModularField Fn = new ModularField(Constant(OrderN));

        private readonly uint[][] _reg = new uint[17][];
        private readonly uint[][] _g = Point();
        private readonly uint[][][] _table = new uint[TableSize][][];
        private readonly uint[][][] _table2 = new uint[TableSize][][];
        private readonly uint[][] _acc = Point();
        private readonly uint[][] _sel = Point();
        private readonly uint[][] _sum = Point();

        public P256Curve()
        {
            for (int i = 9; i < 17; i++)
            {
                _reg[i] = new uint[ModularField.Limbs];
            }

            Fp.ToMontgomery(_reg[16], Constant(16));
            Fp.ToMontgomery(_g[0], Constant(24));
            Fp.ToMontgomery(_g[1], Constant(32));
            Fp.SetOne(_g[2]);
            for (int i = 0; i < TableSize; i++)
            {
                _table[i] = Point();
                _table2[i] = Point();
            }

            Fp.Multiplications = 0;
        }

        /// <summary>A new point { X, Y, Z }, all zero (infinity).</summary>
        public static uint[][] Point()
        {
            return new uint[][] { new uint[ModularField.Limbs], new uint[ModularField.Limbs], new uint[ModularField.Limbs] };
        }

        /// <summary>A copy of the constant at this offset of the P-256 part of <see cref="Sha256.K"/>.</summary>
        private static uint[] Constant(int offset)
        {
            var limbs = new uint[ModularField.Limbs];
            Array.Copy(Sha256.K, Sha256.P256Offset + offset, limbs, 0, ModularField.Limbs);
            return limbs;
        }

        /// <summary>r = the base point G.</summary>
        public void Generator(uint[][] r)
        {
            Select(r, _g, 0xFFFFFFFF);
        }

        /// <summary>
        /// Loads affine coordinates (plain big-endian 32-byte x and y) and checks x, y &lt; p and y² = x³ - 3x + b.
        /// Returns false (r unchanged meaning) for a point off the curve. The encoding has no room for infinity.
        /// </summary>
        public bool TryLoad(uint[][] r, byte[] x, int xOffset, byte[] y, int yOffset)
        {
            ModularField.FromBytes(r[0], x, xOffset);
            ModularField.FromBytes(r[1], y, yOffset);
            if ((Fp.IsReduced(r[0]) & Fp.IsReduced(r[1])) == 0)
            {
                return false;
            }

            Fp.ToMontgomery(r[0], r[0]);
            Fp.ToMontgomery(r[1], r[1]);
            Fp.SetOne(r[2]);
            Run(CurveProgram, r, r, r);
            Fp.Sub(_reg[11], _reg[11], _reg[12]); // both reduced: zero exactly when equal (no equality helper of its own)
            return ModularField.ZeroMask(_reg[11]) != 0;
        }

        /// <summary>Runs a program with r, p and q bound to the point registers.</summary>
        private void Run(string program, uint[][] r, uint[][] p, uint[][] q)
        {
            uint[][] reg = _reg;
            for (int c = 0; c < 3; c++)
            {
                reg[c] = r[c];
                reg[3 + c] = p[c];
                reg[6 + c] = q[c];
            }

            ModularField f = Fp;
            for (int i = 0; i < program.Length; i += 3)
            {
                int d = program[i];
                int a = program[i + 1];
                uint[] b = reg[program[i + 2] - 'a'];
                if (d < 'a')
                {
                    f.Add(reg[d - 'A'], reg[a - 'a'], b);
                }
                else if (a < 'a')
                {
                    f.Sub(reg[d - 'a'], reg[a - 'A'], b);
                }
                else
                {
                    f.Mul(reg[d - 'a'], reg[a - 'a'], b);
                }
            }
        }

        /// <summary>
        /// r = p + q for public points, every case handled (infinity, p = q, p = -q); r may alias p or q. Branches on
        /// the values: use only on public data (signature verification).
        /// </summary>
        private void AddPublic(uint[][] r, uint[][] p, uint[][] q)
        {
            if (ModularField.ZeroMask(p[2]) != 0)
            {
                Select(r, q, 0xFFFFFFFF);
                return;
            }

            if (ModularField.ZeroMask(q[2]) != 0)
            {
                Select(r, p, 0xFFFFFFFF);
                return;
            }

            Run(AddProgram, _sum, p, q);

            // H = R = 0 means p = q (the formula gave 0), so double instead. H = 0 alone is p = -q, and the addition
            // already gave infinity (Z3 = Z1 Z2 H = 0).
            if ((ModularField.ZeroMask(_reg[12]) & ModularField.ZeroMask(_reg[14])) != 0)
            {
                Run(DoubleProgram, r, p, p);
                return;
            }

            Select(r, _sum, 0xFFFFFFFF);
        }

        /// <summary>
        /// r = k·p for a scalar k (32 big-endian bytes at offset) with k &lt; n, p not infinity. Constant time: 4-bit
        /// fixed window, every table entry read for each window, and the infinity cases of the addition chosen by
        /// masks. For k &lt; n the accumulator never equals ± the table entry unless one of them is infinity.
        /// Cost: 7 doublings + 7 additions for the table, 252 doublings + 64 additions (~3200 multiplications mod p).
        /// </summary>
        public void Multiply(uint[][] r, uint[][] p, byte[] k, int offset)
        {
            uint[][][] table = _table;
            BuildTable(table, p);
            uint[][] acc = _acc;
            Select(acc, table[0], 0xFFFFFFFF);
            for (int w = 0; w < 64; w++)
            {
                for (int i = w > 0 ? 0 : WindowBits; i < WindowBits; i++)
                {
                    Run(DoubleProgram, acc, acc, acc);
                }

                int b = k[offset + (w >> 1)];
                uint digit = (uint)((w & 1) == 0 ? b >> 4 : b & 0xF);
                for (uint i = 0; i < TableSize; i++)
                {
                    uint d = i ^ digit;
                    Select(_sel, table[i], ((d | (0 - d)) >> 31) - 1);
                }

                Run(AddProgram, _sum, acc, _sel);
                Select(_sum, _sel, ModularField.ZeroMask(acc[2]));
                Select(_sum, acc, ModularField.ZeroMask(_sel[2]));
                Select(acc, _sum, 0xFFFFFFFF);
            }

            Select(r, acc, 0xFFFFFFFF);
            Clear(acc);
            Clear(_sel);
            Clear(_sum);
            for (int i = 0; i < TableSize; i++)
            {
                Clear(table[i]);
            }
        }

        /// <summary>
        /// r = a·G + b·q for public scalars a, b &lt; n (32 big-endian bytes each): interleaved 4-bit windows (Shamir's
        /// trick), one doubling chain for both products. Branches on the data: verification only.
        /// Cost: 2 tables (14 doublings + 14 additions), 252 doublings, up to 128 additions (~4300 multiplications mod p).
        /// </summary>
        public void MultiplyAddPublic(uint[][] r, byte[] a, byte[] b, uint[][] q)
        {
            BuildTable(_table, _g);
            BuildTable(_table2, q);
            uint[][] acc = _acc;
            Select(acc, _table[0], 0xFFFFFFFF);
            for (int w = 0; w < 64; w++)
            {
                for (int i = w > 0 ? 0 : WindowBits; i < WindowBits; i++)
                {
                    Run(DoubleProgram, acc, acc, acc);
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

            Select(r, acc, 0xFFFFFFFF);
        }

        /// <summary>table[i] = i·p for i = 0..15 (table[0] = infinity). p must not be infinity.</summary>
        private void BuildTable(uint[][][] table, uint[][] p)
        {
            Clear(table[0]);
            Fp.SetOne(table[0][0]);
            Fp.SetOne(table[0][1]);
            Select(table[1], p, 0xFFFFFFFF);
            for (int i = 2; i < TableSize; i++)
            {
                // (i-1)·p ≠ ±p for 2 ≤ i-1 ≤ 14: no exceptional case
                Run((i & 1) == 0 ? DoubleProgram : AddProgram, table[i], table[(i & 1) == 0 ? i >> 1 : i - 1], p);
            }
        }

        /// <summary>
        /// Affine coordinates of p as plain (non-Montgomery) limbs. Returns false for infinity (x, y then zero).
        /// Constant time apart from that result (the inversion runs on a fixed exponent).
        /// </summary>
        public bool ToAffine(uint[] x, uint[] y, uint[][] p)
        {
            uint infinity = ModularField.ZeroMask(p[2]);
            Fp.Invert(_reg[9], p[2]);
            Run(AffineProgram, p, p, p);
            Fp.Mul(x, _reg[11], Fp.Unit); // out of Montgomery form
            Fp.Mul(y, _reg[12], Fp.Unit);
            return infinity == 0;
        }

        /// <summary>r = mask ? p : r, coordinate by coordinate, without branching (mask 0 or 0xFFFFFFFF).</summary>
        public static void Select(uint[][] r, uint[][] p, uint mask)
        {
            for (int c = 0; c < 3; c++)
            {
                ModularField.Select(r[c], p[c], mask);
            }
        }

        /// <summary>Zeroes every coordinate (the point at infinity, and no secret left behind).</summary>
        public static void Clear(uint[][] p)
        {
            for (int c = 0; c < 3; c++)
            {
                Array.Clear(p[c], 0, ModularField.Limbs);
            }
        }
    }
}
