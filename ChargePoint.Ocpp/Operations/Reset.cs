using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>Reset.req → <see cref="OcppChargePoint.Reset"/>; the reboot itself happens in its Tick.</summary>
        public static object Reset(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return StringPayload.Parse(payload, "type", 0, Messages.V16.DataTypes.OcppEnum.ResetType);
            }

            return ((OcppChargePoint)service).Reset(((StringPayload)request).Value, nowMs);
        }
    }
}
