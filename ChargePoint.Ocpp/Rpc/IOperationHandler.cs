using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Serves one incoming action: parse and validate the payload (reader at '{'), act, return the CALLRESULT
    /// payload. Throw <see cref="OcppException"/> to answer with a CallError. Implementations live in
    /// <c>Operations/&lt;Action&gt;.cs</c> and only translate between payloads and services.
    /// </summary>
    public interface IOperationHandler
    {
        IOcppPayload Handle(JsonReader payload, long nowMs);
    }
}
