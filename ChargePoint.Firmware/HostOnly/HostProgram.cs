using System;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>Host entry point: the firmware on the simulated board.</summary>
    public static class HostProgram
    {
        public static int Main(string[] args)
        {
            System.Console.WriteLine(ChargePoint.Firmware.App.Banner.Text("simulated board"));
            System.Console.WriteLine("The simulator is not yet implemented.");
            return 0;
        }
    }
}
