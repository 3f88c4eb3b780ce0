namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>GetLog.req logType (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class LogEnumType
    {
        public const string DiagnosticsLog = "DiagnosticsLog";

        public const string SecurityLog = "SecurityLog";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case DiagnosticsLog:
                case SecurityLog:
                    return true;
                default:
                    return false;
            }
        }
    }
}
