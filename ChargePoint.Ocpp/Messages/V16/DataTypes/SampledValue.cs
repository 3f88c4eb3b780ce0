using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One sampled value (Spec §7.43). Value is a string (the spec's decimal or signed data).</summary>
    public sealed class SampledValue : IOcppPayload
    {
        public SampledValue(string @value)
        {
            Value = @value;
        }

        /// <summary>Required string (no length limit in the schema).</summary>
        public string Value;

        /// <summary>Optional, one of <see cref="ReadingContext"/>.</summary>
        public string Context;

        /// <summary>Optional, one of <see cref="ValueFormat"/>.</summary>
        public string Format;

        /// <summary>Optional, one of <see cref="Measurand"/>.</summary>
        public string Measurand;

        /// <summary>Optional, one of <see cref="Phase"/>.</summary>
        public string Phase;

        /// <summary>Optional, one of <see cref="Location"/>.</summary>
        public string Location;

        /// <summary>Optional, one of <see cref="UnitOfMeasure"/>.</summary>
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
