using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetLog.conf (Security Whitepaper).</summary>
    public sealed class GetLogResponse : IOcppPayload
    {
        public GetLogResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="LogStatusEnumType"/>.</summary>
        public string Status;

        /// <summary>Optional CiString255.</summary>
        public string Filename;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.PropOpt("filename", Filename);
            w.EndObject();
        }
    }
}
