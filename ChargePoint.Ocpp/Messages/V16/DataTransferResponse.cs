using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>DataTransfer.conf (Spec §6). The charger only writes it (it never sends DataTransfer.req): the parse is CentralSystemParser.ParseDataTransferResponse.</summary>
    public sealed class DataTransferResponse : IOcppPayload
    {
        public DataTransferResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="DataTransferStatus"/>.</summary>
        public string Status;

        /// <summary>Optional string (no length limit in the schema).</summary>
        public string Data;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.PropOpt("data", Data);
            w.EndObject();
        }
    }
}
