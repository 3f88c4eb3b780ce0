using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Ocpp.Certificates.Tls
{
    /// <summary>
    /// A P-256 key pair as the TLS stacks load it: SEC1 ECPrivateKey (RFC 5915) in PEM "EC PRIVATE KEY", i.e.
    /// SEQUENCE { INTEGER 1, OCTET STRING d, [0] OID prime256v1, [1] BIT STRING Q }. mbedTLS (ESP32) and .NET both read it.
    /// </summary>
    public static class EcPrivateKeyPem
    {
        public const string Label = "EC PRIVATE KEY";

        public static string Encode(EcKeyPair key)
        {
            var w = new DerWriter(160);
            int seq = w.Begin(DerTag.Sequence);
            w.WriteSmallInteger(1);
            w.WriteOctetString(key.PrivateKey);
            int parameters = w.Begin(DerTag.ContextConstructed);
            w.WriteOid(DerOid.Prime256v1);
            w.End(parameters);
            int publicKey = w.Begin(DerTag.ContextConstructed | 1);
            w.WriteBitString(key.PublicKey);
            w.End(publicKey);
            w.End(seq);
            return Pem.Encode(w.ToArray(), Label);
        }
    }
}
