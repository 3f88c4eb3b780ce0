using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>An <see cref="OutgoingCall"/> for a ready request object, with delegate callbacks.</summary>
    public sealed class RequestCall : OutgoingCall
    {
        private readonly IOcppPayload _request;
        private readonly CallResultHandler _onResult;
        private readonly CallFailedHandler _onFailed;

        public RequestCall(string action, IOcppPayload request, CallResultHandler onResult, CallFailedHandler onFailed)
            : base(action)
        {
            _request = request;
            _onResult = onResult;
            _onFailed = onFailed;
        }

        public override void WritePayload(JsonWriter w) => _request.WriteTo(w);

        public override void OnResult(object result, long nowMs) => _onResult?.Invoke(result, nowMs);

        public override void OnFailed(int failure, string errorCode, long nowMs) => _onFailed?.Invoke(failure, errorCode, nowMs);
    }
}
