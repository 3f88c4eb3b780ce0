using ChargePoint.Ocpp.Json;

// Moved from the image as it was (non-nullable annotations are this project's; the image has none).
#nullable disable
namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One sampled value (Spec §7.43) as the Central System reads it. Value is a string (the spec's decimal or signed data). The charger writes its own samples (Model.Transactions.SampledValue) with MeterValuesRequest.WriteMeterValue, so this type lives outside the image.</summary>
    public sealed class SampledValue : IOcppPayload
    {
        public SampledValue(string @value)
        {
            Value = @value;
        }

        /// <summary>Required string (no length limit in the schema).</summary>
        public string Value;

        /// <summary>Optional, one of <c>ReadingContext.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Context;

        /// <summary>Optional, one of <c>ValueFormat.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Format;

        /// <summary>Optional, one of <c>Measurand.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Measurand;

        /// <summary>Optional, one of <c>Phase.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Phase;

        /// <summary>Optional, one of <c>Location.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Location;

        /// <summary>Optional, one of <c>UnitOfMeasure.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Unit;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("value", Value);
            w.Prop("context", Context);
            w.Prop("format", Format);
            w.Prop("measurand", Measurand);
            w.Prop("phase", Phase);
            w.Prop(Key.Location, Location);
            w.Prop("unit", Unit);
            w.EndObject();
        }
    }
}
