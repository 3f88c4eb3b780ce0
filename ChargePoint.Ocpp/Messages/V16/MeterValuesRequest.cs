using ChargePoint.Ocpp.Json;
using M = ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// MeterValues.req (Spec §6) of one sample, written from the charger's model (the journal's MeterValues and
    /// StopTransaction.req write theirs with <see cref="WriteMeterValue"/>). Wire action <see cref="OcppAction.MeterValues"/>.
    /// The Central System reads it as a ReceivedMeterValues (CentralSystem/, outside the image).
    /// </summary>
    public sealed class MeterValuesRequest : IOcppPayload
    {
        public MeterValuesRequest(int connectorId, M.MeterValue value, long utcMs)
        {
            ConnectorId = connectorId;
            Value = value;
            UtcMs = utcMs;
        }

        /// <summary>Required, integer &gt;= 0.</summary>
        public readonly int ConnectorId;

        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int TransactionId = Absent.Int;

        /// <summary>The sample, its one meterValue.</summary>
        public readonly M.MeterValue Value;

        /// <summary>The sample's time (ms since 1970 UTC), its timestamp.</summary>
        public readonly long UtcMs;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.ConnectorId, ConnectorId);
            w.Prop(Key.TransactionId, TransactionId);
            w.PropertyName("meterValue");
            w.StartArray();
            WriteMeterValue(w, Value, UtcMs);
            w.EndArray();
            w.EndObject();
        }

        /// <summary>
        /// Writes a MeterValue (Spec §7.32: timestamp, sampledValue) of the model: each SampledValue (Spec §7.43) with its
        /// codes as <see cref="M.Measurand.ToText"/> spells them, a code 0 omitted; the charger never writes a format (Raw).
        /// </summary>
        public static void WriteMeterValue(JsonWriter w, M.MeterValue value, long utcMs)
        {
            w.StartObject();
            w.Prop("timestamp", M.UtcTime.ToDateTime(utcMs));
            w.PropertyName("sampledValue");
            w.StartArray();
            M.SampledValue[] values = value.SampledValues;
            for (int i = 0; i < values.Length; i++)
            {
                M.SampledValue s = values[i];
                w.StartObject();
                w.Prop("value", s.Value);
                w.Prop("context", M.Measurand.ToText(M.ReadingContext.Base + s.Context));
                w.Prop("measurand", M.Measurand.ToText(s.Measurand));
                w.Prop("phase", M.Measurand.ToText(M.Phase.Base + s.Phase));
                w.Prop(Key.Location, M.Measurand.ToText(M.Location.Base + s.Location));
                w.Prop("unit", M.Measurand.ToText(M.UnitOfMeasure.Base + s.Unit));
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
        }
    }
}
