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

        public static string ToText(int code)
        {
            // The codes are stored in the journal; the message table lists Other last.
            return Measurand.Word(Text.All, code == Other ? 8 : code > Trigger ? 0 : code > Other ? code - 1 : code);
        }
    }
}
