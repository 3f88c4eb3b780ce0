namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>Where the metering service delivers its samples (implemented by the transaction service).</summary>
    public interface IMeterValueSink
    {
        /// <summary>A sample of a running transaction: journalled and sent as MeterValues with the transactionId.</summary>
        void TransactionSample(int connectorId, MeterValue value);

        /// <summary>A sample for the StopTransaction transactionData of the running transaction.</summary>
        void TransactionData(int connectorId, MeterValue value);

        /// <summary>A clock-aligned sample outside any transaction (or of connector 0): plain MeterValues, not journalled.</summary>
        void PlainSample(int connectorId, MeterValue value);
    }
}
