using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.DataTransfer;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>DataTransfer.req → <see cref="DataTransferService"/> (UnknownVendorId unless a vendor handler is registered).</summary>
        public static object DataTransfer(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return DataTransferRequest.Parse(payload);
            }

            return ((DataTransferService)service).Handle((DataTransferRequest)request, nowMs);
        }
    }
}
