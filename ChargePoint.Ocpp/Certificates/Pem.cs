using System;
using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>PEM (RFC 7468): the DER of every block with a label, and one block written with 64-character lines.</summary>
    public static class Pem
    {
        public const string Certificate = "CERTIFICATE";
        public const string CertificateRequest = "CERTIFICATE REQUEST";

        /// <summary>The label of a key from <see cref="CsrBuilder.EcPrivateKey"/> (the TLS client's).</summary>
        public const string EcPrivateKey = "EC PRIVATE KEY";

        /// <summary>
        /// The DER of each "-----BEGIN label-----" block in order (byte[] items). Text outside the blocks is ignored.
        /// A block without its END line, bad base64 or more than maxBlocks blocks throw ArgumentException.
        /// </summary>
        public static ArrayList Decode(string text, string label, int maxBlocks)
        {
            string begin = "-----BEGIN " + label + "-----";
            string end = "-----END " + label + "-----";
            var blocks = new ArrayList();
            int at = 0;
            while (at < text.Length)
            {
                int b = text.IndexOf(begin, at);
                if (b < 0)
                {
                    break;
                }

                // The base64 between the lines, whitespace dropped. PEM is ASCII: a surrogate (read as its high half)
                // fails the decode. A missing END line, a block too many or bad base64: one exception (never shown).
                int start = b + begin.Length;
                int e = text.IndexOf(end, start);
                byte[] der = null;
                if (e >= 0 && blocks.Count < maxBlocks)
                {
                    var chars = new char[e - start];
                    int n = 0;
                    for (int i = start; i < e; i++)
                    {
                        char c = text[i];
                        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                        {
                            chars[n++] = c;
                        }
                    }

                    try
                    {
                        der = Convert.FromBase64CharArray(chars, 0, n);
                    }
                    catch (Exception)
                    {
                    }
                }

                if (der == null)
                {
                    throw new ArgumentException("malformed PEM");
                }

                blocks.Add(der);
                at = e + end.Length;
            }

            return blocks;
        }

        /// <summary>One block, "\n" line ends.</summary>
        public static string Encode(byte[] der, string label)
        {
            string b64 = Convert.ToBase64String(der);
            var sb = new StringBuilder();
            sb.Append("-----BEGIN ").Append(label).Append("-----\n");
            for (int i = 0; i < b64.Length; i += 64)
            {
                int n = b64.Length - i < 64 ? b64.Length - i : 64;
                sb.Append(b64, i, n).Append('\n');
            }

            sb.Append("-----END ").Append(label).Append("-----\n");
            return sb.ToString();
        }
    }
}
