using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>One OCPP MeterValue: a timestamp and the values sampled at that moment.</summary>
    public sealed class MeterValue
    {
        public MeterValue(CaptureTime time, SampledValue[] values)
        {
            Time = time;
            SampledValues = values;
        }

        public readonly CaptureTime Time;

        public readonly SampledValue[] SampledValues;
    }
}
