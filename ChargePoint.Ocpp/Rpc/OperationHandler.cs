using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Serves one incoming action in two steps, so that the session parses the frame in one pass and acts only on a
    /// frame that is well-formed to its end. With a payload (reader at '{'): reads and validates it into the typed
    /// request, no side effects. Without (null): acts on request and returns the CALLRESULT payload (an
    /// <see cref="Messages.IOcppPayload"/>), or for the many .conf that are only {"status"} the status string. Either step may throw <see cref="Messages.OcppException"/> to answer with a
    /// CallError. One method for both steps, a static method per action (<c>Operations/&lt;Action&gt;.cs</c>): a
    /// handler costs the image one method, no type. Handlers hold no state: service is the object registered for the
    /// action (<see cref="RpcSession.Register"/>). The session holds one of these, the dispatcher
    /// (<see cref="RpcSession.Dispatcher"/>), which calls the action's handler: one delegate object instead of one per
    /// action (29 of them were ~1.8 KB of heap on the host).
    /// </summary>
    public delegate object OperationHandler(string action, JsonReader payload, object request, object service, long nowMs);
}
