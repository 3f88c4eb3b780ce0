namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The transport of a charge point configured without a Central System: every connection attempt fails at once
    /// (Closed), nothing is ever received. The in-memory transport with a peer is test and simulation code.
    /// </summary>
    public sealed class OfflineTransport : IOcppTransport
    {
        public event TransportStateHandler Closed;

        public event TransportStateHandler Opened
        {
            add { }
            remove { }
        }

        public event TransportTextHandler TextReceived
        {
            add { }
            remove { }
        }

        public void Connect(string url, string subprotocol, string authorization, int pingIntervalSeconds) => Closed?.Invoke();

        public bool Send(string text) => false;

        public void Close()
        {
        }
    }
}
