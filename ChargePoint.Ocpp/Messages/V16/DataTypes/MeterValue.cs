using System;
using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Sampled values at one point in time (Spec §7.32).</summary>
    public sealed class MeterValue : IOcppPayload
    {
        public MeterValue()
        {
        }

        public MeterValue(DateTime timestamp, SampledValue[] sampledValue)
        {
            Timestamp = timestamp;
            SampledValue = sampledValue;
        }

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Required list of SampledValue (at least one).</summary>
        public SampledValue[] SampledValue = new SampledValue[0];

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("timestamp", Timestamp);
            w.PropertyName("sampledValue");
            w.StartArray();
            for (int i = 0; i < SampledValue.Length; i++)
            {
                SampledValue[i].WriteTo(w);
            }
            w.EndArray();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static MeterValue Parse(JsonReader r)
        {
            var m = new MeterValue();
            bool hasTimestamp = false;
            bool hasSampledValue = false;
            r.ReadStartObject("MeterValue");
            while (r.NextProperty())
            {
                if (r.NameIs("timestamp"))
                {
                    m.Timestamp = r.ReadDateTime("timestamp");
                    hasTimestamp = true;
                }
                else if (r.NameIs("sampledValue"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("sampledValue");
                    while (r.NextItem())
                    {
                        list.Add(DataTypes.SampledValue.Parse(r));
                    }
                    m.SampledValue = (DataTypes.SampledValue[])list.ToArray(typeof(DataTypes.SampledValue));
                    Validate.NotEmpty(m.SampledValue.Length, "sampledValue");
                    hasSampledValue = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasTimestamp, "timestamp");
            Validate.Required(hasSampledValue, "sampledValue");
            return m;
        }
    }
}
