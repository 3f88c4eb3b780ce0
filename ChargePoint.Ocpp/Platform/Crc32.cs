namespace ChargePoint.Ocpp.Platform
{
    /// <summary>CRC-32 (IEEE 802.3, reflected), bitwise: no table to keep in RAM on the device.</summary>
    public static class Crc32
    {
        public static uint Compute(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }

        /// <summary>Whether a record ends with the little-endian CRC of the bytes before it.</summary>
        public static bool Matches(byte[] data)
        {
            int n = data.Length;
            if (n < 4)
            {
                return false;
            }

            uint stored = (uint)(data[n - 4] | (data[n - 3] << 8) | (data[n - 2] << 16) | (data[n - 1] << 24));
            return Compute(data, 0, n - 4) == stored;
        }
    }
}
