using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>DataTransfer.conf (Spec §6).</summary>
    public sealed class DataTransferResponse : IOcppPayload
    {
        public DataTransferResponse()
        {
        }

        public DataTransferResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="DataTransferStatus"/>.</summary>
        public string Status = string.Empty;

        /// <summary>Optional string (no length limit in the schema).</summary>
        public string Data;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.PropOpt("data", Data);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static DataTransferResponse Parse(JsonReader r)
        {
            var m = new DataTransferResponse();
            bool hasStatus = false;
            r.ReadStartObject("DataTransferResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(m.Status, DataTypes.DataTransferStatus.All, "status");
                    hasStatus = true;
                }
                else if (r.NameIs("data"))
                {
                    m.Data = r.ReadString("data");
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
