namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue location (default Outlet): the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.Location as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
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
