using System.Security.Cryptography;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Tests.HostOnly.Crypto
{
    /// <summary>The host CSPRNG as the key-generation entropy source.</summary>
    public sealed class SystemEntropy : IEntropySource
    {
        public void Fill(byte[] buffer)
        {
            RandomNumberGenerator.Fill(buffer);
        }
    }
}
