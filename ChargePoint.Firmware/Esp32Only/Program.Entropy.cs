using System;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>
    /// Key-generation randomness on the ESP32. GAP: the hardware RNG (esp_fill_random, true random with the radio on)
    /// has no managed API in the nanoFramework packages this firmware uses, so this hashes System.Random's output
    /// (the nanoCLR's generator) with the tick counter, the wall clock and a counter through SHA-256. That is not
    /// cryptographic entropy: replace it with a native esp_fill_random binding before relying on profile 3 keys.
    /// (A part of Program, not a class of its own.) The same generator answers IRandom (reconnect jitter, the
    /// transaction id prefix), which needs no more than System.Random.
    /// </summary>
    public sealed partial class Program : IEntropySource, ChargePoint.Ocpp.Platform.IRandom
    {
        private readonly Random _random = new Random();
        private long _counter;

        public int Next(int maxExclusive)
        {
            return maxExclusive <= 0 ? 0 : _random.Next(maxExclusive);
        }

        public void Fill(byte[] buffer)
        {
            var input = new byte[32 + 3 * 8]; // per call (keys are made rarely), not a field
            int done = 0;
            while (done < buffer.Length)
            {
                _random.NextBytes(input); // bytes 0-31 stay random; the tick count, the wall clock and the counter follow
                long ticks = Environment.TickCount64;
                long wall = DateTime.UtcNow.Ticks;
                long counter = _counter++;
                for (int i = 0; i < 8; i++)
                {
                    input[32 + i] = (byte)(ticks >> (8 * i));
                    input[40 + i] = (byte)(wall >> (8 * i));
                    input[48 + i] = (byte)(counter >> (8 * i));
                }
                byte[] block = Sha256.Hash(input);
                int take = buffer.Length - done < block.Length ? buffer.Length - done : block.Length;
                Array.Copy(block, 0, buffer, done, take);
                done += take;
            }
        }
    }
}
