namespace ChargePoint.Firmware.Loader
{
    /// <summary>Lower-case hex of digests.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        public static string Of(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = Digits[bytes[i] >> 4];
                chars[2 * i + 1] = Digits[bytes[i] & 0xF];
            }

            return new string(chars);
        }

        /// <summary>64 lower-case hex digits.</summary>
        public static bool IsSha256(string s)
        {
            if (s.Length != 64)
            {
                return false;
            }

            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
