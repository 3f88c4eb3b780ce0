using System.Collections;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.DataTransfer
{
    /// <summary>Incoming DataTransfer: dispatched by vendorId to registered handlers; UnknownVendorId otherwise (TC_062).</summary>
    public sealed class DataTransferService
    {
        private readonly Hashtable _vendors = new Hashtable();

        public void RegisterVendor(string vendorId, IDataTransferHandler handler) => _vendors[vendorId] = handler;

        public DataTransferResponse Handle(DataTransferRequest request, long nowMs)
        {
            var handler = (IDataTransferHandler)_vendors[request.VendorId];
            if (handler == null)
            {
                return new DataTransferResponse(DataTransferStatus.UnknownVendorId);
            }

            return handler.Handle(request, nowMs);
        }
    }
}
