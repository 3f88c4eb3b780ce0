using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Sampled values at one point in time (Spec §7.32).</summary>
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
