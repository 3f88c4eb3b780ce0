namespace ChargePoint.Ocpp.Certificates.Tls
{
    /// <summary>A connection attempt failed for a security reason: the whitepaper's event type and a short technical reason.</summary>
    public delegate void TlsFailureHandler(string securityEventType, string techInfo);
}
