using System;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Benchmarks
{
    /// <summary>
    /// --crypto: the managed ECDSA P-256 of ChargePoint.Ocpp.Crypto on the host. Per operation: mean time after warm-up,
    /// and the Montgomery multiplications mod p and mod n and SHA-256 blocks it took (the counts do not depend on the
    /// machine, so they carry the cost over to the device: time ≈ count × one multiplication measured there).
    /// </summary>
    public static class CryptoQuickRunner
    {
        private sealed class Entropy : IEntropySource
        {
            public void Fill(byte[] buffer) => RandomNumberGenerator.Fill(buffer);
        }

        public static void Run(int iterations)
        {
            var ecdsa = new Ecdsa();
            var entropy = new Entropy();
            EcKeyPair pair = ecdsa.GenerateKeyPair(entropy);
            byte[] hash = Sha256.Hash(new byte[] { 1, 2, 3 });
            byte[] sig = ecdsa.Sign(pair.PrivateKey, hash);

            Console.WriteLine("| Operation | Mean (µs) | mod p mults | mod n mults | SHA-256 blocks |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Measure("key generation", ecdsa, iterations, () => ecdsa.GenerateKeyPair(entropy));
            Measure("sign (RFC 6979)", ecdsa, iterations, () => ecdsa.Sign(pair.PrivateKey, hash));
            Measure("verify", ecdsa, iterations, () =>
            {
                if (!ecdsa.Verify(pair.PublicKey, hash, sig))
                {
                    throw new InvalidOperationException("verify failed");
                }
            });
            var mult = new ModularField(new uint[] { 0xffffffff, 0xffffffff, 0xffffffff, 0, 0, 0, 1, 0xffffffff });
            var a = new uint[] { 1, 2, 3, 4, 5, 6, 7, 8 };
            Measure("one multiplication mod p", null, iterations * 1000, () => mult.Mul(a, a, a));
        }

        private static void Measure(string name, Ecdsa counters, int iterations, Action op)
        {
            for (int i = 0; i < Math.Max(3, iterations / 10); i++)
            {
                op();
            }

            long blocksBefore = 0;
            if (counters != null)
            {
                counters.Curve.Fp.Multiplications = 0;
                counters.Curve.Fn.Multiplications = 0;
                blocksBefore = counters.Hmac.Blocks;
            }

            op();
            string fp = counters == null ? "1" : counters.Curve.Fp.Multiplications.ToString(CultureInfo.InvariantCulture);
            string fn = counters == null ? "0" : counters.Curve.Fn.Multiplications.ToString(CultureInfo.InvariantCulture);
            string blocks = counters == null ? "0" : (counters.Hmac.Blocks - blocksBefore).ToString(CultureInfo.InvariantCulture);

            var sw = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++)
            {
                op();
            }

            sw.Stop();
            double us = sw.Elapsed.TotalMilliseconds * 1000.0 / iterations;
            Console.WriteLine("| " + name + " | " + us.ToString("F2", CultureInfo.InvariantCulture) + " | " + fp + " | " + fn + " | " + blocks + " |");
        }
    }
}
