using System;
using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StopTransaction.req (Spec §6). Wire action <see cref="OcppAction.StopTransaction"/>.</summary>
    public sealed class StopTransactionRequest : IOcppPayload
    {
        public StopTransactionRequest()
        {
        }

        public StopTransactionRequest(int meterStop, DateTime timestamp, int transactionId)
        {
            MeterStop = meterStop;
            Timestamp = timestamp;
            TransactionId = transactionId;
        }

        /// <summary>Optional CiString20.</summary>
        public string? IdTag;

        /// <summary>Required, integer.</summary>
        public int MeterStop;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Required, integer.</summary>
        public int TransactionId;

        /// <summary>Optional, one of <see cref="Reason"/>.</summary>
        public string? Reason;

        /// <summary>Optional list of MeterValue.</summary>
        public MeterValue[]? TransactionData;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.PropOpt("idTag", IdTag);
            w.Prop("meterStop", MeterStop);
            w.Prop("timestamp", Timestamp);
            w.Prop("transactionId", TransactionId);
            w.PropOpt("reason", Reason);
            if (TransactionData != null)
            {
                w.PropertyName("transactionData");
                w.StartArray();
                for (int i = 0; i < TransactionData.Length; i++)
                {
                    TransactionData[i].WriteTo(w);
                }
                w.EndArray();
            }
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static StopTransactionRequest Parse(JsonReader r)
        {
            var m = new StopTransactionRequest();
            bool hasMeterStop = false;
            bool hasTimestamp = false;
            bool hasTransactionId = false;
            r.ReadStartObject("StopTransactionRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("idTag"))
                {
                    m.IdTag = r.ReadString("idTag", 20);
                }
                else if (r.NameIs("meterStop"))
                {
                    m.MeterStop = r.ReadInt("meterStop");
                    hasMeterStop = true;
                }
                else if (r.NameIs("timestamp"))
                {
                    m.Timestamp = r.ReadDateTime("timestamp");
                    hasTimestamp = true;
                }
                else if (r.NameIs("transactionId"))
                {
                    m.TransactionId = r.ReadInt("transactionId");
                    hasTransactionId = true;
                }
                else if (r.NameIs("reason"))
                {
                    m.Reason = r.ReadString("reason");
                    Validate.Enum(DataTypes.Reason.IsValid(m.Reason), "reason", m.Reason);
                }
                else if (r.NameIs("transactionData"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray("transactionData");
                    while (r.NextItem())
                    {
                        list.Add(DataTypes.MeterValue.Parse(r));
                    }
                    m.TransactionData = (DataTypes.MeterValue[])list.ToArray(typeof(DataTypes.MeterValue));
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasMeterStop, "meterStop");
            Validate.Required(hasTimestamp, "timestamp");
            Validate.Required(hasTransactionId, "transactionId");
            return m;
        }
    }
}
