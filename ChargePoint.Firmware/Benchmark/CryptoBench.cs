using System;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// Key generation, one signature and one verification with the firmware's own P-256 code (what SignCertificate,
    /// CertificateSigned and SignedUpdateFirmware cost on this runtime), after one warm-up of each. Deterministic input.
    /// </summary>
    public static class CryptoBench
    {
        public static CryptoFigure Measure(IBenchTimer timer, int iterations)
        {
            var figure = new CryptoFigure();
            figure.Iterations = iterations;
            var ecdsa = new Ecdsa();
            var entropy = new CountingEntropy();
            byte[] hash = Sha256.Hash(new byte[] { 0x6F, 0x63, 0x70, 0x70 });
            EcKeyPair key = ecdsa.GenerateKeyPair(entropy);
            byte[] signature = ecdsa.Sign(key.PrivateKey, hash);
            if (!ecdsa.Verify(key.PublicKey, hash, signature))
            {
                throw new InvalidOperationException("ECDSA self-check failed");
            }

            long t0 = timer.Ticks();
            for (int i = 0; i < iterations; i++)
            {
                key = ecdsa.GenerateKeyPair(entropy);
            }

            long t1 = timer.Ticks();
            ecdsa.Curve.Fp.Multiplications = 0;
            for (int i = 0; i < iterations; i++)
            {
                signature = ecdsa.Sign(key.PrivateKey, hash);
            }

            long t2 = timer.Ticks();
            figure.SignFieldMultiplications = ecdsa.Curve.Fp.Multiplications / iterations;
            ecdsa.Curve.Fp.Multiplications = 0;
            bool valid = true;
            for (int i = 0; i < iterations; i++)
            {
                valid &= ecdsa.Verify(key.PublicKey, hash, signature);
            }

            long t3 = timer.Ticks();
            figure.VerifyFieldMultiplications = ecdsa.Curve.Fp.Multiplications / iterations;
            if (!valid)
            {
                throw new InvalidOperationException("ECDSA verification failed");
            }

            figure.KeyGenerationMicros = (t1 - t0) / 10.0 / iterations;
            figure.SignMicros = (t2 - t1) / 10.0 / iterations;
            figure.VerifyMicros = (t3 - t2) / 10.0 / iterations;
            return figure;
        }

        /// <summary>Deterministic bytes (a benchmark needs repeatable work, not secrecy).</summary>
        private sealed class CountingEntropy : IEntropySource
        {
            private int _next = 1;

            public void Fill(byte[] buffer)
            {
                for (int i = 0; i < buffer.Length; i++)
                {
                    buffer[i] = (byte)(_next * 31 + i);
                }

                _next++;
            }
        }
    }
}
