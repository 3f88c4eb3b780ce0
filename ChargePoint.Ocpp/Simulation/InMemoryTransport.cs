namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// A transport with both ends in memory, for tests, the benchmark and simulations (not in the ESP32 image). The CP side is the
    /// <see cref="IOcppTransport"/>; the peer (a fake Central System) uses <see cref="PeerReceived"/>,
    /// <see cref="PeerSend"/> and <see cref="PeerDisconnect"/>. Events are raised synchronously.
    /// </summary>
    public sealed class InMemoryTransport : IOcppTransport
    {
        private RpcSession? _sink;

        /// <summary>The peer's receive hook: every frame the CP sends.</summary>
        public TransportTextHandler? PeerReceived;

        /// <summary>When false, connection attempts fail (raise Closed).</summary>
        public bool AcceptConnections = true;

        public bool IsOpen { get; private set; }

        public int ConnectAttempts { get; private set; }

        public string? LastUrl { get; private set; }

        public string? LastSubprotocol { get; private set; }

        public string? LastAuthorization { get; private set; }

        public int LastPingInterval { get; private set; }

        public void Attach(RpcSession sink) => _sink = sink;

        public void Connect(string url, string subprotocol, string? authorization, int pingIntervalSeconds)
        {
            ConnectAttempts++;
            LastUrl = url;
            LastSubprotocol = subprotocol;
            LastAuthorization = authorization;
            LastPingInterval = pingIntervalSeconds;
            if (IsOpen)
            {
                return;
            }

            if (AcceptConnections)
            {
                IsOpen = true;
                _sink?.Opened();
            }
            else
            {
                _sink?.Closed();
            }
        }

        public bool Send(string text)
        {
            if (!IsOpen)
            {
                return false;
            }

            PeerReceived?.Invoke(text);
            return true;
        }

        public void Close() => PeerDisconnect();

        /// <summary>The peer sends a frame to the CP (ignored when closed).</summary>
        public void PeerSend(string text)
        {
            if (IsOpen)
            {
                _sink?.Received(text);
            }
        }

        /// <summary>The connection drops (either side).</summary>
        public void PeerDisconnect()
        {
            if (IsOpen)
            {
                IsOpen = false;
                _sink?.Closed();
            }
        }
    }
}
