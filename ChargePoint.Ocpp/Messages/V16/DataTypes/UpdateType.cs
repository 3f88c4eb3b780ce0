namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SendLocalList.req updateType: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class UpdateType
    {
        public const string Differential = "Differential";

        public const string Full = "Full";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Differential:
                case Full:
                    return true;
                default:
                    return false;
            }
        }
    }
}
