namespace ChargePoint.Tests.Firmware
{
    /// <summary>Reading numbers out of frame and console text in the firmware tests.</summary>
    public static class FrameText
    {
        /// <summary>The unsigned integer that follows the first marker in text (0 when no digit follows).</summary>
        public static long NumberAfter(string text, string marker)
        {
            int i = text.IndexOf(marker) + marker.Length;
            long n = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                n = (n * 10) + (text[i] - '0');
                i++;
            }

            return n;
        }
    }
}
