namespace ChargePoint.Ocpp.Model.Configuration
{
    /// <summary>Value type of a configuration key.</summary>
    public static class ConfigType
    {
        public const int Bool = 0;
        public const int Int = 1;
        public const int String = 2;

        /// <summary>Comma separated list.</summary>
        public const int Csl = 3;
    }
}
