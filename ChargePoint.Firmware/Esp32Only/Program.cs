using System.Threading;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>Device entry point (ESP32, nanoFramework).</summary>
    public static class Program
    {
        public static void Main()
        {
            System.Diagnostics.Debug.WriteLine(ChargePoint.Firmware.App.Banner.Text("ESP32"));
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
