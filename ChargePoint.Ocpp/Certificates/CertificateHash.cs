using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// CertificateHashDataType of a certificate (Security Whitepaper): SHA256, issuerNameHash = SHA-256 of the DER issuer
    /// Name, issuerKeyHash = SHA-256 of the issuer's subjectPublicKey BIT STRING value, serialNumber = the serial's
    /// big-endian bytes in lowercase hex without leading zero bytes. Matching ignores case and leading zeros.
    /// </summary>
    public static class CertificateHash
    {
        public static CertificateHashDataType Of(X509Certificate certificate, X509Certificate issuer)
        {
            byte[] serial = certificate.SerialNumber;
            int start = 0;
            while (start < serial.Length - 1 && serial[start] == 0)
            {
                start++;
            }

            return new CertificateHashDataType(HashAlgorithmEnumType.SHA256, Hex.Encode(Sha256.Hash(certificate.IssuerDer)),
                Hex.Encode(Sha256.Hash(issuer.PublicKeyBits)), Hex.Encode(serial, start, serial.Length - start));
        }

        public static bool Matches(CertificateHashDataType installed, CertificateHashDataType wanted)
        {
            return installed.HashAlgorithm == wanted.HashAlgorithm
                && installed.IssuerNameHash.ToLower() == wanted.IssuerNameHash.ToLower()
                && installed.IssuerKeyHash.ToLower() == wanted.IssuerKeyHash.ToLower()
                && TrimZeros(installed.SerialNumber.ToLower()) == TrimZeros(wanted.SerialNumber.ToLower());
        }

        private static string TrimZeros(string hex)
        {
            int start = 0;
            while (start < hex.Length - 1 && hex[start] == '0')
            {
                start++;
            }

            return hex.Substring(start);
        }
    }
}
