using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// MeterValues.req (Spec §6) of one sample, written from the charger's model (the journal's MeterValues and
    /// StopTransaction.req write theirs with <see cref="WriteMeterValue"/>). Wire action <see cref="OcppAction.MeterValues"/>.
    /// The Central System reads it as a ReceivedMeterValues (CentralSystem/, outside the image).
    /// </summary>
    public sealed class MeterValuesRequest : IOcppPayload
    {
        public MeterValuesRequest(int connectorId, MeterValue value, long utcMs)
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
        public readonly MeterValue Value;

        /// <summary>The sample's time (ms since 1970 UTC), its timestamp.</summary>
        public readonly long UtcMs;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            WriteMembers(w, ConnectorId, TransactionId, Value, UtcMs);
            w.EndObject();
        }

        /// <summary>
        /// Writes the members of a MeterValues.req of one sample (connectorId, transactionId, meterValue) into an open
        /// object: this request's and the journal's (which writes its queued MeterValues without an object each).
        /// </summary>
        public static void WriteMembers(JsonWriter w, int connectorId, int transactionId, MeterValue value, long utcMs)
        {
            w.Prop(Key.ConnectorId, connectorId);
            w.Prop(Key.TransactionId, transactionId);
            w.PropertyName("meterValue");
            w.StartArray();
            WriteMeterValue(w, value, utcMs);
            w.EndArray();
        }

        /// <summary>
        /// Writes a MeterValue (Spec §7.32: timestamp, sampledValue) of the model: each SampledValue (Spec §7.43) with its
        /// codes as <see cref="Measurand.ToText"/> spells them, a code 0 omitted; the charger never writes a format (Raw).
        /// </summary>
        public static void WriteMeterValue(JsonWriter w, MeterValue value, long utcMs)
        {
            w.StartObject();
            w.Prop("timestamp", CaptureTime.ToDateTime(utcMs));
            w.PropertyName("sampledValue");
            w.StartArray();
            SampledValue[] values = value.SampledValues;
            for (int i = 0; i < values.Length; i++)
            {
                SampledValue s = values[i];
                w.StartObject();
                w.Prop("value", s.Value);
                w.Prop("context", Measurand.ToText(ReadingContext.Base + s.Context));
                w.Prop("measurand", Measurand.ToText(s.Measurand));
                w.Prop("phase", Measurand.ToText(Phase.Base + s.Phase));
                w.Prop(Key.Location, Measurand.ToText(Location.Base + s.Location));
                w.Prop("unit", Measurand.ToText(UnitOfMeasure.Base + s.Unit));
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
        }
    }
}
