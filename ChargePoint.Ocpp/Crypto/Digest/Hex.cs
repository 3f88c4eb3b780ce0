using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// Lowercase hex (digests in manifests and boot records, OCPP's CertificateHashDataType) and its decoding.
    /// Compiled into the loader's assembly, beside <see cref="Sha256"/>.
    /// </summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>The message of every ArgumentException of the cryptography (hex here, DER, X.509, keys: <c>DerReader.Malformed</c> is this text).</summary>
        public const string Malformed = "bad input";

        public static string Encode(byte[] data) => Encode(data, 0, data.Length);

        public static string Encode(byte[] data, int offset, int count)
        {
            var chars = new char[2 * count];
            for (int i = 0; i < count; i++)
            {
                int b = data[offset + i];
                chars[2 * i] = Digits[b >> 4];
                chars[2 * i + 1] = Digits[b & 0xF];
            }

            return new string(chars);
        }

        /// <summary>Even-length hex (either case) → bytes; anything else throws ArgumentException.</summary>
        public static byte[] Decode(string hex)
        {
            if ((hex.Length & 1) != 0)
            {
                throw new ArgumentException(Malformed);
            }

            var data = new byte[hex.Length / 2];
            for (int i = 0; i < hex.Length; i++)
            {
                // c | 0x20 lowercases A-F and keeps the digits; below '0' it could alias a digit, so that is refused first.
                char c = hex[i];
                int v = c < '0' ? -1 : Digits.IndexOf((char)(c | 0x20));
                if (v < 0)
                {
                    throw new ArgumentException(Malformed);
                }

                data[i >> 1] = (byte)((data[i >> 1] << 4) | v);
            }

            return data;
        }
    }
}
