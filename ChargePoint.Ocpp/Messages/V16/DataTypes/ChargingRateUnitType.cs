namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ChargingSchedule chargingRateUnit: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargingRateUnitType
    {
        public const string W = "W";

        public const string A = "A";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = W + " " + A;
    }
}
