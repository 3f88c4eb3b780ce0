using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>RemoteStopTransaction.conf (Spec §6).</summary>
    public sealed class RemoteStopTransactionResponse : IOcppPayload
    {
        public RemoteStopTransactionResponse()
        {
        }

        public RemoteStopTransactionResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="RemoteStartStopStatus"/>.</summary>
        public string Status = string.Empty;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static RemoteStopTransactionResponse Parse(JsonReader r)
        {
            var m = new RemoteStopTransactionResponse();
            bool hasStatus = false;
            r.ReadStartObject("RemoteStopTransactionResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.RemoteStartStopStatus.IsValid(m.Status), "status", m.Status);
                    hasStatus = true;
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }
    }
}
