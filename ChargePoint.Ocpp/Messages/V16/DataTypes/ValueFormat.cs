namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue format (default Raw): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ValueFormat
    {
        public const string Raw = "Raw";

        public const string SignedData = "SignedData";

        /// <summary>Every value, space-separated: the one table <see cref="Validate.Enum"/> checks against and the decoding vocabulary.</summary>
        public const string All = Raw + " " + SignedData;    }
}
