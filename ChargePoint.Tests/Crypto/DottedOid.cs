using System;
using System.Text;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Tests.Crypto
{
    /// <summary>
    /// Dotted-decimal OIDs ↔ DER content octets, for the tests: the firmware compares and writes OIDs as content octets
    /// (the OID constants of <see cref="ChargePoint.Ocpp.Crypto.DerReader"/>) and needs no dotted form.
    /// </summary>
    public static class DottedOid
    {
        /// <summary>Content octets of a dotted OID (at least two arcs, first arc 0-2).</summary>
        public static byte[] Encode(string dotted)
        {
            string[] parts = dotted.Split(new char[] { '.' });
            if (parts.Length < 2)
            {
                throw new ArgumentException(DerReader.Malformed);
            }

            var buffer = new byte[parts.Length * 7];
            int length = 0;
            long first = ParseArc(parts[0]);
            long second = ParseArc(parts[1]);
            if (first > 2 || (first < 2 && second > 39))
            {
                throw new ArgumentException(DerReader.Malformed);
            }

            length = WriteBase128(buffer, length, first * 40 + second);
            for (int i = 2; i < parts.Length; i++)
            {
                length = WriteBase128(buffer, length, ParseArc(parts[i]));
            }

            var result = new byte[length];
            Array.Copy(buffer, result, length);
            return result;
        }

        /// <summary>Dotted form of OID content octets; throws on a malformed encoding.</summary>
        public static string Decode(byte[] content, int offset, int count)
        {
            if (count < 1)
            {
                throw new ArgumentException(DerReader.Malformed);
            }

            var sb = new StringBuilder();
            long value = 0;
            bool first = true;
            bool start = true;
            for (int i = 0; i < count; i++)
            {
                byte b = content[offset + i];
                if (start && b == 0x80)
                {
                    throw new ArgumentException(DerReader.Malformed);
                }

                if (value > 0xFFFFFFFFFFFFFL)
                {
                    throw new ArgumentException(DerReader.Malformed);
                }

                value = (value << 7) | (uint)(b & 0x7F);
                start = (b & 0x80) == 0;
                if (start)
                {
                    if (first)
                    {
                        long a = value < 40 ? 0 : value < 80 ? 1 : 2;
                        sb.Append(a).Append('.').Append(value - a * 40);
                        first = false;
                    }
                    else
                    {
                        sb.Append('.').Append(value);
                    }

                    value = 0;
                }
            }

            if (!start)
            {
                throw new ArgumentException(DerReader.Malformed);
            }

            return sb.ToString();
        }

        private static long ParseArc(string s)
        {
            if (s.Length == 0 || s.Length > 12)
            {
                throw new ArgumentException(DerReader.Malformed);
            }

            long v = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9')
                {
                    throw new ArgumentException(DerReader.Malformed);
                }

                v = v * 10 + (c - '0');
            }

            return v;
        }

        private static int WriteBase128(byte[] buffer, int at, long value)
        {
            int groups = 1;
            for (long v = value >> 7; v != 0; v >>= 7)
            {
                groups++;
            }

            for (int g = groups - 1; g >= 0; g--)
            {
                byte b = (byte)((value >> (7 * g)) & 0x7F);
                buffer[at++] = g > 0 ? (byte)(b | 0x80) : b;
            }

            return at;
        }
    }
}
