namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// Source of uniformly random bytes for key generation (on the ESP32: the hardware RNG with the radio on). Injected:
    /// the library keeps no random state. Signing needs none (RFC 6979 nonces).
    /// </summary>
    public interface IEntropySource
    {
        void Fill(byte[] buffer);
    }
}
