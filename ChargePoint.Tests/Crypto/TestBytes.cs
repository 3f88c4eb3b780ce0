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
    }
}
