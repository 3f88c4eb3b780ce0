using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>ChangeConfiguration.req → <see cref="ConfigurationStore.Change"/> (NotSupported, Rejected, RebootRequired, Accepted).</summary>
        public static object ChangeConfiguration(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return StringPayload.ParsePair(payload, false);
            }

            var req = (StringPayload)request;
            return ((ConfigurationStore)service).Change(req.Value, req.Value2);
        }
    }
}
