using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Operations
{
    public static partial class Handlers
    {
        /// <summary>DataTransfer.req → the vendor's <see cref="IDataTransferHandler"/> (service: <see cref="OcppChargePoint.DataTransferVendors"/>); UnknownVendorId when none is registered.</summary>
        public static object DataTransfer(JsonReader payload, object request, object service, long nowMs)
        {
            if (payload != null)
            {
                return DataTransferRequest.Parse(payload);
            }

            var req = (DataTransferRequest)request;
            var vendor = (IDataTransferHandler)((Hashtable)service)[req.VendorId];
            return vendor == null ? OcppEnum.UnknownVendorId : (object)vendor.Handle(req, nowMs);
        }
    }
}
