using System;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>Hex helpers for the embedded test vectors.</summary>
    public static class Hex
    {
        public static byte[] Decode(string hex)
        {
            if ((hex.Length & 1) != 0)
            {
                throw new ArgumentException("odd hex length");
            }

            var result = new byte[hex.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[2 * i + 1]));
            }

            return result;
        }

        public static string Encode(byte[] data)
        {
            const string Digits = "0123456789abcdef";
            var chars = new char[data.Length * 2];
            for (int i = 0; i < data.Length; i++)
            {
                chars[2 * i] = Digits[data[i] >> 4];
                chars[2 * i + 1] = Digits[data[i] & 0xF];
            }

            return new string(chars);
        }

        public static byte[] Ascii(string s)
        {
            var result = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                result[i] = (byte)s[i];
            }

            return result;
        }

        public static byte[] Concat(byte[] a, byte[] b)
        {
            var result = new byte[a.Length + b.Length];
            Array.Copy(a, 0, result, 0, a.Length);
            Array.Copy(b, 0, result, a.Length, b.Length);
            return result;
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

            throw new ArgumentException("bad hex digit");
        }
    }
}
