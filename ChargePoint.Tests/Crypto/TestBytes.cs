namespace ChargePoint.Tests.Crypto
{
    /// <summary>ASCII messages of the embedded test vectors (hex goes through <see cref="ChargePoint.Ocpp.Crypto.Hex"/>).</summary>
    public static class TestBytes
    {
        public static byte[] Ascii(string s)
        {
            var result = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                result[i] = (byte)s[i];
            }

            return result;
        }

        /// <summary>True when the 65-byte encoding is an uncompressed point on P-256 (what a key must be).</summary>
        public static bool IsOnCurve(byte[] publicKey)
        {
            return publicKey.Length == ChargePoint.Ocpp.Crypto.Ecdsa.PublicKeySize && publicKey[0] == 0x04
                && new ChargePoint.Ocpp.Crypto.P256Curve().TryLoad(ChargePoint.Ocpp.Crypto.P256Curve.Point(), publicKey, 1, publicKey, 33);
        }

        /// <summary>One-shot HMAC-SHA256.</summary>
        public static byte[] Hmac(byte[] key, byte[] data)
        {
            var result = new byte[ChargePoint.Ocpp.Crypto.Sha256.HashSize];
            new ChargePoint.Ocpp.Crypto.Sha256().Mac(key, data, data.Length, result);
            return result;
        }
    }
}
