using System.Text;

namespace ChargePoint.Hal.Drivers
{
    /// <summary>Names for logs and OCPP info texts (no Enum.ToString on nanoFramework).</summary>
    public static class HalFaultText
    {
        public static string Of(HalFaults fault)
        {
            switch (fault)
            {
                case HalFaults.None: return "None";
                case HalFaults.ResidualCurrent: return "ResidualCurrent";
                case HalFaults.OverTemperature: return "OverTemperature";
                case HalFaults.OverCurrent: return "OverCurrent";
                case HalFaults.ContactorWelded: return "ContactorWelded";
                case HalFaults.ContactorFailedToClose: return "ContactorFailedToClose";
                case HalFaults.MeterFailure: return "MeterFailure";
                case HalFaults.DiodeFault: return "DiodeFault";
                case HalFaults.PilotFault: return "PilotFault";
                case HalFaults.ProximityFault: return "ProximityFault";
                default: return List(fault);
            }
        }

        /// <summary>Comma-separated names of all set flags.</summary>
        public static string List(HalFaults faults)
        {
            if (faults == HalFaults.None)
            {
                return "None";
            }

            var sb = new StringBuilder();
            for (int bit = 1; bit <= (int)HalFaults.ProximityFault; bit <<= 1)
            {
                if (((int)faults & bit) != 0)
                {
                    if (sb.Length > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append(Of((HalFaults)bit));
                }
            }

            return sb.ToString();
        }
    }
}
