using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>MeterValues.req (Spec §6). Wire action <see cref="OcppAction.MeterValues"/>.</summary>
    public sealed class MeterValuesRequest : IOcppPayload
    {
        public MeterValuesRequest(int connectorId, MeterValue[] meterValue)
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
