using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetDiagnostics.conf (Spec §6).</summary>
    public sealed class GetDiagnosticsResponse : IOcppPayload
    {
        /// <summary>Optional CiString255.</summary>
        public string? FileName;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.PropOpt("fileName", FileName);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetDiagnosticsResponse Parse(JsonReader r)
        {
            var m = new GetDiagnosticsResponse();
            r.ReadStartObject("GetDiagnosticsResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("fileName"))
                {
                    m.FileName = r.ReadString("fileName", 255);
                }
                else
                {
                    r.SkipValue();
                }
            }
            return m;
        }
    }
}
