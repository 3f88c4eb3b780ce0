namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The WebSocket seen by the engine. Depends on nothing in the project but the session it reports to, so that
    /// adapters (ESP32 ClientWebSocket, host System.Net.WebSockets, in-memory) stay thin.
    /// Contract:
    /// - <see cref="Connect"/> starts one connection attempt to <c>url</c> (already <c>&lt;endpoint&gt;/&lt;percent-encoded identity&gt;</c>,
    ///   built by <see cref="OcppChargePoint"/>), offering <c>subprotocol</c> in Sec-WebSocket-Protocol and sending <c>authorization</c>
    ///   (a full header value such as "Basic ...") when not null. A missing or different negotiated subprotocol is a failure.
    ///   The attempt ends with exactly one <see cref="RpcSession.Opened"/> or <see cref="RpcSession.Closed"/>, reported inside Connect or later.
    /// - pingIntervalSeconds is WebSocketPingInterval: 0 = no client pings; a missed pong closes the connection.
    /// - Reports go to the sink given to <see cref="Attach"/> (once, before the first Connect), possibly from another thread.
    /// - After Closed, the engine calls Connect again for a new attempt (adapters create a new socket per attempt).
    /// </summary>
    public interface IOcppTransport
    {
        /// <summary>
        /// Where the transport reports: the session attaches itself when it is built. Its <see cref="RpcSession.Opened"/>,
        /// <see cref="RpcSession.Closed"/> and <see cref="RpcSession.Received"/> may be called on the transport's own
        /// thread(s): the session only copies the report into its bounded, locked inbox. (The session itself rather than
        /// an interface only it implements: an interface cost the image a type and a row per method.)
        /// </summary>
        void Attach(RpcSession sink);

        void Connect(string url, string subprotocol, string authorization, int pingIntervalSeconds);

        /// <summary>Sends one text frame; false when the connection is not open (the frame is lost).</summary>
        bool Send(string text);

        /// <summary>Closes the connection (raises Closed if it was open or opening).</summary>
        void Close();
    }
}
