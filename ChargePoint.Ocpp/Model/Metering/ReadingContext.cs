namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>OCPP 1.6 ReadingContext codes.</summary>
    public static class ReadingContext
    {
        public const int InterruptionBegin = 1;
        public const int InterruptionEnd = 2;
        public const int Other = 3;
        public const int SampleClock = 4;
        public const int SamplePeriodic = 5;
        public const int TransactionBegin = 6;
        public const int TransactionEnd = 7;
        public const int Trigger = 8;

        /// <summary>Where these codes start in <see cref="Measurand.ToText"/>: the text of code c is Measurand.ToText(Base + c).</summary>
        public const int Base = 40;
    }
}
