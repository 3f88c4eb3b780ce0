namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue context (default Sample.Periodic): the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.ReadingContext as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class ReadingContext
    {
        public const string InterruptionBegin = "Interruption.Begin";

        public const string InterruptionEnd = "Interruption.End";

        public const string SampleClock = "Sample.Clock";

        public const string SamplePeriodic = "Sample.Periodic";

        public const string TransactionBegin = "Transaction.Begin";

        public const string TransactionEnd = "Transaction.End";

        public const string Trigger = "Trigger";

        public const string Other = "Other";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = InterruptionBegin + " " + InterruptionEnd + " " + SampleClock + " " + SamplePeriodic
            + " " + TransactionBegin + " " + TransactionEnd + " " + Trigger + " " + Other;
    }
}
