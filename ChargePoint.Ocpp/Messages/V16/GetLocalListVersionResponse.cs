using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetLocalListVersion.conf (Spec §6).</summary>
    public sealed class GetLocalListVersionResponse : IOcppPayload
    {
        public GetLocalListVersionResponse(int listVersion)
        {
            ListVersion = listVersion;
        }

        /// <summary>Required, integer.</summary>
        public int ListVersion;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("listVersion", ListVersion);
            w.EndObject();
        }
    }
}
