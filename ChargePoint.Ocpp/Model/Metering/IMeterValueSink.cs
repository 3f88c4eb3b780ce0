namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Where the metering service delivers its samples (implemented by the transaction service).</summary>
    public interface IMeterValueSink
    {
        /// <summary>
        /// A sample of a connector's meter, for use: <see cref="MeteringService.TransactionSample"/>,
        /// <see cref="MeteringService.TransactionData"/> or <see cref="MeteringService.PlainSample"/>.
        /// </summary>
        void Sampled(int connectorId, MeterValue value, int use);
    }
}
