namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue location (default Outlet): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class Location
    {
        public const string Cable = "Cable";

        public const string EV = "EV";

        public const string Inlet = "Inlet";

        public const string Outlet = "Outlet";

        public const string Body = "Body";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Cable + " " + EV + " " + Inlet + " " + Outlet + " " + Body;
    }
}
