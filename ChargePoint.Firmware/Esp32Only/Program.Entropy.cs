using System;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>
    /// Key-generation randomness on the ESP32. GAP: the hardware RNG (esp_fill_random, true random with the radio on)
    /// has no managed API in the nanoFramework packages this firmware uses, so this hashes System.Random's output
    /// (the nanoCLR's generator) with the tick counter, the wall clock and a counter through SHA-256. That is not
    /// cryptographic entropy: replace it with a native esp_fill_random binding before relying on profile 3 keys.
    /// (A part of Program, not a class of its own.)
    /// </summary>
    public sealed partial class Program : IEntropySource
    {
        private readonly Random _random = new Random();
        private readonly byte[] _input = new byte[32 + 8 + 8 + 4];
        private uint _counter;

        public void Fill(byte[] buffer)
        {
            int done = 0;
            while (done < buffer.Length)
            {
                var noise = new byte[32];
                _random.NextBytes(noise);
                Array.Copy(noise, 0, _input, 0, 32);
                Put(_input, 32, Environment.TickCount64);
                Put(_input, 40, DateTime.UtcNow.Ticks);
                _input[48] = (byte)(_counter >> 24);
                _input[49] = (byte)(_counter >> 16);
                _input[50] = (byte)(_counter >> 8);
                _input[51] = (byte)_counter;
                _counter++;
                byte[] block = Sha256.Hash(_input);
                int take = buffer.Length - done < block.Length ? buffer.Length - done : block.Length;
                Array.Copy(block, 0, buffer, done, take);
                done += take;
            }
        }

        private static void Put(byte[] b, int offset, long v)
        {
            for (int i = 0; i < 8; i++)
            {
                b[offset + i] = (byte)(v >> (8 * i));
            }
        }
    }
}
