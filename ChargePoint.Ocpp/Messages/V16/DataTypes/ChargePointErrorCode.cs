namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>StatusNotification.req errorCode: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargePointErrorCode
    {
        public const string ConnectorLockFailure = "ConnectorLockFailure";

        public const string EVCommunicationError = "EVCommunicationError";

        public const string GroundFailure = "GroundFailure";

        public const string HighTemperature = "HighTemperature";

        public const string InternalError = "InternalError";

        public const string LocalListConflict = "LocalListConflict";

        public const string NoError = "NoError";

        public const string OtherError = "OtherError";

        public const string OverCurrentFailure = "OverCurrentFailure";

        public const string PowerMeterFailure = "PowerMeterFailure";

        public const string PowerSwitchFailure = "PowerSwitchFailure";

        public const string ReaderFailure = "ReaderFailure";

        public const string ResetFailure = "ResetFailure";

        public const string UnderVoltage = "UnderVoltage";

        public const string OverVoltage = "OverVoltage";

        public const string WeakSignal = "WeakSignal";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = ConnectorLockFailure + " " + EVCommunicationError + " " + GroundFailure
            + " " + HighTemperature + " " + InternalError + " " + LocalListConflict + " " + NoError + " " + OtherError
            + " " + OverCurrentFailure + " " + PowerMeterFailure + " " + PowerSwitchFailure + " " + ReaderFailure
            + " " + ResetFailure + " " + UnderVoltage + " " + OverVoltage + " " + WeakSignal;
    }
}
