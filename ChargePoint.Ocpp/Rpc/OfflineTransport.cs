namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The transport of a charge point configured without a Central System: every connection attempt fails at once
    /// (Closed), nothing is ever received. The in-memory transport with a peer is test and simulation code.
    /// </summary>
    public sealed class OfflineTransport : IOcppTransport
    {
        private RpcSession _sink;

        public void Attach(RpcSession sink) => _sink = sink;

        public void Connect(string url, string subprotocol, string authorization, int pingIntervalSeconds) => _sink.Closed();

        public bool Send(string text) => false;

        public void Close()
        {
        }
    }
}
