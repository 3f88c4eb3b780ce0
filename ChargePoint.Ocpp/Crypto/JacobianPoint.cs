using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// A P-256 point in Jacobian coordinates (x = X/Z², y = Y/Z³), coordinates in Montgomery form mod p. Z = 0 is the
    /// point at infinity.
    /// </summary>
    public sealed class JacobianPoint
    {
        public readonly uint[] X = new uint[ModularField.Limbs];
        public readonly uint[] Y = new uint[ModularField.Limbs];
        public readonly uint[] Z = new uint[ModularField.Limbs];

        public void CopyFrom(JacobianPoint p)
        {
            Array.Copy(p.X, X, ModularField.Limbs);
            Array.Copy(p.Y, Y, ModularField.Limbs);
            Array.Copy(p.Z, Z, ModularField.Limbs);
        }

        /// <summary>this = mask ? p : this (mask 0 or 0xFFFFFFFF), without branching.</summary>
        public void Select(JacobianPoint p, uint mask)
        {
            ModularField.Select(X, p.X, mask);
            ModularField.Select(Y, p.Y, mask);
            ModularField.Select(Z, p.Z, mask);
        }

        /// <summary>0xFFFFFFFF when this is the point at infinity, else 0.</summary>
        public uint InfinityMask()
        {
            return ModularField.ZeroMask(Z);
        }

        public void Clear()
        {
            Array.Clear(X, 0, ModularField.Limbs);
            Array.Clear(Y, 0, ModularField.Limbs);
            Array.Clear(Z, 0, ModularField.Limbs);
        }
    }
}
