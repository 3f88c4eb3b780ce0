using System;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>Thrown by simulated hardware when the simulated supply is cut; the test then "reboots".</summary>
    public class PowerCutException : Exception
    {
        public PowerCutException()
            : base("power cut")
        {
        }
    }
}
