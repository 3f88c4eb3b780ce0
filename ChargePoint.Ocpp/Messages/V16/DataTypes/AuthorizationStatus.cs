namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>IdTagInfo status: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class AuthorizationStatus
    {
        public const string Accepted = "Accepted";

        public const string Blocked = "Blocked";

        public const string Expired = "Expired";

        public const string Invalid = "Invalid";

        public const string ConcurrentTx = "ConcurrentTx";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (V16Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Accepted + " " + Blocked + " " + Expired + " " + Invalid + " " + ConcurrentTx;
    }
}
