namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue unit (default Wh). The schema spells "Celcius"; we send that and also accept "Celsius" (J-Errata 2.1): the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.UnitOfMeasure as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class UnitOfMeasure
    {
        public const string Wh = "Wh";

        public const string kWh = "kWh";

        public const string varh = "varh";

        public const string kvarh = "kvarh";

        public const string W = "W";

        public const string kW = "kW";

        public const string VA = "VA";

        public const string kVA = "kVA";

        public const string var = "var";

        public const string kvar = "kvar";

        public const string A = "A";

        public const string V = "V";

        public const string K = "K";

        public const string Celcius = "Celcius";

        public const string Celsius = "Celsius";

        public const string Fahrenheit = "Fahrenheit";

        public const string Percent = "Percent";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Wh + " " + kWh + " " + varh + " " + kvarh + " " + W + " " + kW + " " + VA
            + " " + kVA + " " + var + " " + kvar + " " + A + " " + V + " " + K + " " + Celcius + " " + Celsius
            + " " + Fahrenheit + " " + Percent;
    }
}
