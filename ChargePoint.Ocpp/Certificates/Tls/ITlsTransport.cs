namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// A transport that can do TLS with the settings of the security profile (host: System.Net ClientWebSocket; ESP32:
    /// nanoFramework's). <see cref="ConnectionSecurity"/> calls <see cref="UseTls"/> before every attempt; the transport
    /// reports why a handshake failed to the settings' <see cref="TlsSettings.Security"/> (any thread; no event and
    /// delegate type of its own).
    /// </summary>
    public interface ITlsTransport
    {
        /// <summary>Settings for the next Connect (null: no TLS settings, the platform's defaults for a wss:// URL).</summary>
        void UseTls(TlsSettings settings);
    }
}
