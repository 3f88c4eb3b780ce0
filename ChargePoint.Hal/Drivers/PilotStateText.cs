namespace ChargePoint.Hal.Drivers
{
    /// <summary>Names for logs (no Enum.ToString on nanoFramework).</summary>
    public static class PilotStateText
    {
        public static string Of(PilotState state)
        {
            switch (state)
            {
                case PilotState.A: return "A";
                case PilotState.B: return "B";
                case PilotState.C: return "C";
                case PilotState.D: return "D";
                case PilotState.E: return "E";
                case PilotState.F: return "F";
                case PilotState.DiodeFault: return "DiodeFault";
                case PilotState.Invalid: return "Invalid";
                default: return "Unknown";
            }
        }
    }
}
