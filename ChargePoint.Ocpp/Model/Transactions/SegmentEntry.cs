using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>One queued MeterValues message of a segment.</summary>
    internal sealed class SegmentEntry
    {
        public int Seq;
        public int TxNr;
        public int ConnectorId;
        public MeterValue Value;
    }
}
