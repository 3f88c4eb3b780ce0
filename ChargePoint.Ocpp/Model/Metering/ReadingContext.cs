namespace ChargePoint.Ocpp.Model.Metering
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

        public static string ToText(int code)
        {
            switch (code)
            {
                case InterruptionBegin: return "Interruption.Begin";
                case InterruptionEnd: return "Interruption.End";
                case Other: return "Other";
                case SampleClock: return "Sample.Clock";
                case SamplePeriodic: return "Sample.Periodic";
                case TransactionBegin: return "Transaction.Begin";
                case TransactionEnd: return "Transaction.End";
                case Trigger: return "Trigger";
                default: return "";
            }
        }
    }
}
