using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>Lowercase hex (digests in manifests and boot records, OCPP's CertificateHashDataType) and its decoding.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

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
                throw new ArgumentException("malformed hex");
            }

            var data = new byte[hex.Length / 2];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[2 * i + 1]));
            }

            return data;
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            throw new ArgumentException("malformed hex");
        }
    }
}
