using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Model.DataTransfer
{
    /// <summary>A vendor extension served through DataTransfer (registered per vendorId).</summary>
    public interface IDataTransferHandler
    {
        DataTransferResponse Handle(DataTransferRequest request, long nowMs);
    }
}
