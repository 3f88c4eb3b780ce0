using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>An <see cref="OutgoingCall"/> for a ready request object, with a delegate for its outcome (may be null).</summary>
    public sealed class RequestCall : OutgoingCall
    {
        private readonly IOcppPayload _request;
        private readonly CallOutcomeHandler _onOutcome;

        public RequestCall(string action, IOcppPayload request, CallOutcomeHandler onOutcome)
            : base(action)
        {
            _request = request;
            _onOutcome = onOutcome;
        }

        public override void WritePayload(JsonWriter w) => _request.WriteTo(w);

        public override void OnOutcome(int failure, object outcome, long nowMs) => _onOutcome?.Invoke(failure, outcome, nowMs);
    }
}
