using System;
using ChargePoint.Ocpp.Json;

// Moved from the image as it was (non-nullable annotations are this project's; the image has none).
#nullable disable
namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Sampled values at one point in time (Spec §7.32) as the Central System reads them; the charger writes its own (MeterValuesRequest.WriteMeterValue), so this type lives outside the image.</summary>
    public sealed class MeterValue : IOcppPayload
    {
        public MeterValue(DateTime timestamp, SampledValue[] sampledValue)
        {
            Timestamp = timestamp;
            SampledValue = sampledValue;
        }

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Required list of SampledValue (at least one).</summary>
        public SampledValue[] SampledValue;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("timestamp", Timestamp);
            w.PropArray("sampledValue", SampledValue);
            w.EndObject();
        }
    }
}
