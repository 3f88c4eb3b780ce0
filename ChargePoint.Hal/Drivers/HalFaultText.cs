using System.Text;

namespace ChargePoint.Hal.Drivers
{
    /// <summary>Names for logs and OCPP info texts (no Enum.ToString on nanoFramework).</summary>
    public static class HalFaultText
    {
        /// <summary>Comma-separated names of all set flags ("None" for none).</summary>
        public static string List(HalFaults faults)
        {
            if (faults == HalFaults.None)
            {
                return "None";
            }

            // Bit i of HalFaults is names[i].
            string[] names =
            {
                "ResidualCurrent", "OverTemperature", "OverCurrent", "ContactorWelded", "ContactorFailedToClose",
                "MeterFailure", "DiodeFault", "PilotFault", "ProximityFault",
            };
            var sb = new StringBuilder();
            for (int i = 0; i < names.Length; i++)
            {
                if (((int)faults & (1 << i)) != 0)
                {
                    if (sb.Length > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append(names[i]);
                }
            }

            return sb.ToString();
        }
    }
}
