namespace ChargePoint.Firmware.App
{
    /// <summary>CRC-32 (IEEE 802.3, reflected 0xEDB88320), bitwise: records are small, a table is not worth its RAM.</summary>
    public static class Crc32
    {
        public static uint Compute(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int b = 0; b < 8; b++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
