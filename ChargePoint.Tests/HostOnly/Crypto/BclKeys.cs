using System;
using System.Security.Cryptography;

namespace ChargePoint.Tests.HostOnly.Crypto
{
    /// <summary>Conversions between .NET's ECDsa keys and the 32-byte / 65-byte forms of ChargePoint.Ocpp.Crypto.</summary>
    public static class BclKeys
    {
        public static byte[] PublicKey(ECDsa key)
        {
            ECParameters p = key.ExportParameters(false);
            var result = new byte[65];
            result[0] = 0x04;
            Pad(p.Q.X!).CopyTo(result, 1);
            Pad(p.Q.Y!).CopyTo(result, 33);
            return result;
        }

        public static byte[] PrivateKey(ECDsa key)
        {
            return Pad(key.ExportParameters(true).D!);
        }

        public static ECDsa FromPublicKey(byte[] publicKey)
        {
            var p = new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = publicKey.AsSpan(1, 32).ToArray(), Y = publicKey.AsSpan(33, 32).ToArray() },
            };
            return ECDsa.Create(p);
        }

        public static ECDsa FromKeyPair(byte[] privateKey, byte[] publicKey)
        {
            var p = new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                D = privateKey,
                Q = new ECPoint { X = publicKey.AsSpan(1, 32).ToArray(), Y = publicKey.AsSpan(33, 32).ToArray() },
            };
            return ECDsa.Create(p);
        }

        private static byte[] Pad(byte[] v)
        {
            if (v.Length == 32)
            {
                return v;
            }

            var r = new byte[32];
            v.CopyTo(r, 32 - v.Length);
            return r;
        }
    }
}
