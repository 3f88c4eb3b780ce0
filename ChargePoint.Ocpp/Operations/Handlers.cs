namespace ChargePoint.Ocpp.Operations
{
    /// <summary>
    /// The handlers of the incoming actions (<see cref="Rpc.OperationHandler"/>), one static method per action in its own
    /// file <c>Operations/&lt;Action&gt;.cs</c> (the certificate management's in <c>Certificates/Operations/</c>), named
    /// exactly after the action. They only translate between payloads and services; the services register them
    /// (<see cref="Rpc.RpcSession.Register"/>). One type for all of them: a class per action cost the image a type, a
    /// constructor and two methods each.
    /// </summary>
    public static partial class Handlers
    {
    }
}
