using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One sampled value (Spec §7.43). Value is a string (the spec's decimal or signed data).</summary>
    public sealed class SampledValue : IOcppPayload
    {
        public SampledValue()
        {
        }

        public SampledValue(string @value)
        {
            Value = @value;
        }

        /// <summary>Required string (no length limit in the schema).</summary>
        public string Value = string.Empty;

        /// <summary>Optional, one of <see cref="ReadingContext"/>.</summary>
        public string? Context;

        /// <summary>Optional, one of <see cref="ValueFormat"/>.</summary>
        public string? Format;

        /// <summary>Optional, one of <see cref="Measurand"/>.</summary>
        public string? Measurand;

        /// <summary>Optional, one of <see cref="Phase"/>.</summary>
        public string? Phase;

        /// <summary>Optional, one of <see cref="Location"/>.</summary>
        public string? Location;

        /// <summary>Optional, one of <see cref="UnitOfMeasure"/>.</summary>
        public string? Unit;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("value", Value);
            w.PropOpt("context", Context);
            w.PropOpt("format", Format);
            w.PropOpt("measurand", Measurand);
            w.PropOpt("phase", Phase);
            w.PropOpt("location", Location);
            w.PropOpt("unit", Unit);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SampledValue Parse(JsonReader r)
        {
            var m = new SampledValue();
            bool hasValue = false;
            r.ReadStartObject("SampledValue");
            while (r.NextProperty())
            {
                if (r.NameIs("value"))
                {
                    m.Value = r.ReadString("value");
                    hasValue = true;
                }
                else if (r.NameIs("context"))
                {
                    m.Context = r.ReadString("context");
                    Validate.Enum(DataTypes.ReadingContext.IsValid(m.Context), "context", m.Context);
                }
                else if (r.NameIs("format"))
                {
                    m.Format = r.ReadString("format");
                    Validate.Enum(DataTypes.ValueFormat.IsValid(m.Format), "format", m.Format);
                }
                else if (r.NameIs("measurand"))
                {
                    m.Measurand = r.ReadString("measurand");
                    Validate.Enum(DataTypes.Measurand.IsValid(m.Measurand), "measurand", m.Measurand);
                }
                else if (r.NameIs("phase"))
                {
                    m.Phase = r.ReadString("phase");
                    Validate.Enum(DataTypes.Phase.IsValid(m.Phase), "phase", m.Phase);
                }
                else if (r.NameIs("location"))
                {
                    m.Location = r.ReadString("location");
                    Validate.Enum(DataTypes.Location.IsValid(m.Location), "location", m.Location);
                }
                else if (r.NameIs("unit"))
                {
                    m.Unit = r.ReadString("unit");
                    Validate.Enum(DataTypes.UnitOfMeasure.IsValid(m.Unit), "unit", m.Unit);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasValue, "value");
            return m;
        }
    }
}
