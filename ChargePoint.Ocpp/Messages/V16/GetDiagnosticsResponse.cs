using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetDiagnostics.conf (Spec §6).</summary>
    public sealed class GetDiagnosticsResponse : IOcppPayload
    {
        /// <summary>Optional CiString255.</summary>
        public string FileName;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.PropOpt("fileName", FileName);
            w.EndObject();
        }
    }
}
