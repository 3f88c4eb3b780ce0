using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Model
{
    /// <summary>A vendor extension served through DataTransfer (registered per vendorId).</summary>
    public interface IDataTransferHandler
    {
        /// <summary>The DataTransfer.conf: a <see cref="StatusPayload"/> with status (DataTransferStatus) and, when there is data, TextName "data" and Text.</summary>
        StatusPayload Handle(DataTransferRequest request, long nowMs);
    }
}
