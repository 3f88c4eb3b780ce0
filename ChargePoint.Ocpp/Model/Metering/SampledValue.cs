namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>One OCPP SampledValue. Codes refer to the tables in this namespace; 0 means "omit the field".</summary>
    public sealed class SampledValue
    {
        public SampledValue(string value, int context, int measurand, int phase, int location, int unit)
        {
            Value = value;
            Context = context;
            Measurand = measurand;
            Phase = phase;
            Location = location;
            Unit = unit;
        }

        /// <summary>The reading, formatted invariantly (OCPP carries it as a string).</summary>
        public readonly string Value;

        public readonly int Context;

        public readonly int Measurand;

        public readonly int Phase;

        public readonly int Location;

        public readonly int Unit;
    }
}
