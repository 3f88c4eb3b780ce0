namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue format (default Raw): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ValueFormat
    {
        public const string Raw = "Raw";

        public const string SignedData = "SignedData";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Raw:
                case SignedData:
                    return true;
                default:
                    return false;
            }
        }
    }
}
