namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>ExtendedTriggerMessage.conf status (Security Whitepaper): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class TriggerMessageStatusEnumType
    {
        public const string Accepted = "Accepted";

        public const string Rejected = "Rejected";

        public const string NotImplemented = "NotImplemented";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Accepted + " " + Rejected + " " + NotImplemented;
    }
}
