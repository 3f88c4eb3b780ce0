namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>OCPP 1.6 UnitOfMeasure codes. 0 = field omitted.</summary>
    public static class UnitOfMeasure
    {
        public const int None = 0;
        public const int Wh = 1;
        public const int KWh = 2;
        public const int Varh = 3;
        public const int Kvarh = 4;
        public const int W = 5;
        public const int KW = 6;
        public const int VA = 7;
        public const int KVA = 8;
        public const int Var = 9;
        public const int Kvar = 10;
        public const int A = 11;
        public const int V = 12;
        public const int K = 13;
        public const int Celsius = 14;
        public const int Fahrenheit = 15;
        public const int Percent = 16;

        /// <summary>Where these codes start in <see cref="Measurand.ToText"/>: the text of code c is Measurand.ToText(Base + c).</summary>
        public const int Base = 49;
    }
}
