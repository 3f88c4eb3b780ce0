namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>A P-256 key pair: the private scalar (32 big-endian bytes) and the public point (65 bytes, 0x04 | X | Y).</summary>
    public sealed class EcKeyPair
    {
        public EcKeyPair(byte[] privateKey, byte[] publicKey)
        {
            PrivateKey = privateKey;
            PublicKey = publicKey;
        }

        public readonly byte[] PrivateKey;

        public readonly byte[] PublicKey;
    }
}
