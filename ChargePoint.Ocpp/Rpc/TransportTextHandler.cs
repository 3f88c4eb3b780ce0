namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>A text frame arrived (or, on the peer side of an in-memory transport, was sent).</summary>
    public delegate void TransportTextHandler(string text);
}
