namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>OCPP 1.6 Phase codes. 0 = field omitted.</summary>
    public static class Phase
    {
        public const int None = 0;
        public const int L1 = 1;
        public const int L2 = 2;
        public const int L3 = 3;
        public const int N = 4;
        public const int L1N = 5;
        public const int L2N = 6;
        public const int L3N = 7;
        public const int L1L2 = 8;
        public const int L2L3 = 9;
        public const int L3L1 = 10;

        /// <summary>Where these codes start in <see cref="Measurand.ToText"/>: the text of code c is Measurand.ToText(Base + c).</summary>
        public const int Base = 23;
    }
}
