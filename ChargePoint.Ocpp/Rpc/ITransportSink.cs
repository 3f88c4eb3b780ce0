namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// What a transport reports to the engine (the session, see <see cref="IOcppTransport.Attach"/>). May be called on
    /// the transport's own thread(s): the session only copies the report into its bounded, locked inbox.
    /// </summary>
    public interface ITransportSink
    {
        /// <summary>The connection attempt succeeded.</summary>
        void Opened();

        /// <summary>The attempt failed or the open connection closed.</summary>
        void Closed();

        /// <summary>A complete text frame arrived.</summary>
        void Received(string text);
    }
}
