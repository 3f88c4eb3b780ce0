using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Serves one incoming action in two steps, so that the session parses the frame in one pass and acts only on a
    /// frame that is well-formed to its end: <see cref="Parse"/> reads and validates the payload (reader at '{') into
    /// the typed request, <see cref="Handle"/> acts on it and returns the CALLRESULT payload. Either may throw
    /// <see cref="OcppException"/> to answer with a CallError. Implementations live in <c>Operations/&lt;Action&gt;.cs</c>
    /// and only translate between payloads and services. They hold no state: the service a handler acts on is
    /// registered with it (<see cref="OperationRegistry.Register"/>) and handed to Handle, so no handler needs a
    /// constructor and a field for it.
    /// </summary>
    public interface IOperationHandler
    {
        object Parse(JsonReader payload);

        IOcppPayload Handle(object request, object service, long nowMs);
    }
}
