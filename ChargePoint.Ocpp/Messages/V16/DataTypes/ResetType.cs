namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Reset.req type: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ResetType
    {
        public const string Hard = "Hard";

        public const string Soft = "Soft";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Hard:
                case Soft:
                    return true;
                default:
                    return false;
            }
        }
    }
}
