using Text = ChargePoint.Ocpp.Messages.V16.DataTypes.ReadingContext;

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

        /// <summary>The spec string of a code; null for 0 (the field is omitted) or an unknown code.</summary>
        public static string ToText(int code)
        {
            switch (code)
            {
                case InterruptionBegin: return Text.InterruptionBegin;
                case InterruptionEnd: return Text.InterruptionEnd;
                case Other: return Text.Other;
                case SampleClock: return Text.SampleClock;
                case SamplePeriodic: return Text.SamplePeriodic;
                case TransactionBegin: return Text.TransactionBegin;
                case TransactionEnd: return Text.TransactionEnd;
                case Trigger: return Text.Trigger;
                default: return null;
            }
        }
    }
}
