using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>MeterValues.req (Spec §6). Wire action <see cref="OcppAction.MeterValues"/>.</summary>
    public sealed class MeterValuesRequest : IOcppPayload
    {
        public MeterValuesRequest()
        {
        }

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
        public MeterValue[] MeterValue = new MeterValue[0];

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("connectorId", ConnectorId);
            w.PropOpt("transactionId", TransactionId);
            w.PropertyName("meterValue");
            w.StartArray();
            for (int i = 0; i < MeterValue.Length; i++)
            {
                MeterValue[i].WriteTo(w);
            }
            w.EndArray();
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static MeterValuesRequest Parse(JsonReader r)
        {
            var m = new MeterValuesRequest();
            bool hasConnectorId = false;
            bool hasMeterValue = false;
            r.ReadStartObject("MeterValuesRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = Validate.Min(r.ReadInt("connectorId"), 0, "connectorId");
                    hasConnectorId = true;
                }
                else if (r.NameIs("transactionId"))
                {
                    m.TransactionId = r.ReadInt("transactionId");
                }
                else if (r.NameIs("meterValue"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("meterValue");
                    while (r.NextItem())
                    {
                        list.Add(DataTypes.MeterValue.Parse(r));
                    }
                    m.MeterValue = (DataTypes.MeterValue[])list.ToArray(typeof(DataTypes.MeterValue));
                    Validate.NotEmpty(m.MeterValue.Length, "meterValue");
                    hasMeterValue = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasConnectorId, "connectorId");
            Validate.Required(hasMeterValue, "meterValue");
            return m;
        }
    }
}
