using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

// Moved from the image as it was (non-nullable annotations are this project's; the image has none).
#nullable disable
namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>MeterValues.req (Spec §6) as the Central System receives it (the charger sends a <see cref="MeterValuesRequest"/>, written from its model), outside the image. Wire action <see cref="OcppAction.MeterValues"/>.</summary>
    public sealed class ReceivedMeterValues : IOcppPayload
    {
        public ReceivedMeterValues(int connectorId, MeterValue[] meterValue)
        {
            ConnectorId = connectorId;
            MeterValue = meterValue;
        }

        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int TransactionId = Absent.Int;

        /// <summary>Required list of MeterValue (at least one).</summary>
        public MeterValue[] MeterValue;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.ConnectorId, ConnectorId);
            w.Prop(Key.TransactionId, TransactionId);
            w.PropArray("meterValue", MeterValue);
            w.EndObject();
        }
    }
}
