using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>Acts on a well-formed CALLRESULT: result is the parsed .conf (<see cref="OutgoingCall.ParseResult"/>).</summary>
    public delegate void CallResultHandler(object result, long nowMs);
}
