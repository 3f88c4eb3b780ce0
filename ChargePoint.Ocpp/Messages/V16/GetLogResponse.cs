using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetLog.conf (Security Whitepaper).</summary>
    public sealed class GetLogResponse : IOcppPayload
    {
        public GetLogResponse()
        {
        }

        public GetLogResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="LogStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        /// <summary>Optional CiString255.</summary>
        public string? Filename;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.PropOpt("filename", Filename);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetLogResponse Parse(JsonReader r)
        {
            var m = new GetLogResponse();
            bool hasStatus = false;
            r.ReadStartObject("GetLogResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.LogStatusEnumType.IsValid(m.Status), "status", m.Status);
                    hasStatus = true;
                }
                else if (r.NameIs("filename"))
                {
                    m.Filename = r.ReadString("filename", 255);
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
