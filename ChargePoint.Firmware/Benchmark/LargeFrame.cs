using System.Text;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// The largest incoming frame the charger accepts (RpcSession's 16,384-character limit): a SendLocalList Full
    /// with SendLocalListMaxLength (107) entries of worst-case length (20-character idTag and parentIdTag, expiry date),
    /// padded with JSON whitespace to <see cref="TargetChars"/>. The charger parses it, replaces its local list and
    /// persists it: the heaviest thing one frame can ask.
    /// </summary>
    public static class LargeFrame
    {
        public const int TargetChars = 16300;

        public const int Entries = 107;

        public static string SendLocalList(string messageId, int listVersion)
        {
            var sb = new StringBuilder(TargetChars + 16);
            sb.Append("[2,\"").Append(messageId).Append("\",\"SendLocalList\",{\"listVersion\":").Append(listVersion)
                .Append(",\"updateType\":\"Full\",\"localAuthorizationList\":[");
            for (int i = 0; i < Entries; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append("{\"idTag\":\"TAG-").Append(Digits(i, 16)).Append("\",\"idTagInfo\":{\"status\":\"Accepted\",")
                    .Append("\"expiryDate\":\"2027-12-31T23:59:59.000Z\",\"parentIdTag\":\"PARENT-").Append(Digits(i, 13)).Append("\"}}");
            }

            sb.Append(']');
            while (sb.Length < TargetChars - 2)
            {
                sb.Append(' ');
            }

            sb.Append("}]");
            return sb.ToString();
        }

        private static string Digits(int value, int width)
        {
            return value.ToString().PadLeft(width, '0');
        }
    }
}
