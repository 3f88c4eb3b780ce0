using System;
using System.Text;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>Builds the OCPP-J connection URL and the Basic authorization header (OCPP-J §3.1.1, §6.2.2).</summary>
    public static class ConnectionUrl
    {
        /// <summary><c>endpoint + "/" + percent-encoded identity</c> (a trailing '/' on the endpoint is not doubled).</summary>
        public static string Build(string endpoint, string identity)
        {
            var sb = new StringBuilder(endpoint.Length + identity.Length + 8);
            sb.Append(endpoint);
            if (endpoint.Length == 0 || endpoint[endpoint.Length - 1] != '/')
            {
                sb.Append('/');
            }

            AppendPercentEncoded(sb, identity);
            return sb.ToString();
        }

        /// <summary>RFC 3986 percent-encoding of UTF-8 bytes; unreserved characters pass through.</summary>
        public static void AppendPercentEncoded(StringBuilder sb, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            for (int i = 0; i < bytes.Length; i++)
            {
                int b = bytes[i];
                bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '.' || b == '_' || b == '~';
                if (unreserved)
                {
                    sb.Append((char)b);
                }
                else
                {
                    sb.Append('%');
                    sb.Append(HexDigit(b >> 4));
                    sb.Append(HexDigit(b & 0xF));
                }
            }
        }

        /// <summary>"Basic base64(identity:key)", or null without a key (security profile 0).</summary>
        public static string BasicAuthorization(string identity, string authorizationKey)
        {
            if (authorizationKey == null || authorizationKey.Length == 0)
            {
                return null;
            }

            byte[] raw = Encoding.UTF8.GetBytes(identity + ":" + authorizationKey);
            return "Basic " + Convert.ToBase64String(raw);
        }

        private static char HexDigit(int v) => (char)(v < 10 ? '0' + v : 'A' + v - 10);
    }
}
