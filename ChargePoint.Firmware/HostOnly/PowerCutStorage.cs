using System;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// Test hook (--power-cut-during-install): once armed, the process dies after a number of bytes were written, the
    /// way a power cut would stop the board: an append keeps the bytes before the cut (a torn tail), an atomic write
    /// never happens. Nothing is flushed or closed. Exit code <see cref="ExitCode"/>.
    /// </summary>
    public sealed class PowerCutStorage : IStorage
    {
        public const int ExitCode = 137;

        private readonly IStorage _inner;
        private long _left;

        public PowerCutStorage(IStorage inner, long bytes)
        {
            _inner = inner;
            _left = bytes;
        }

        public bool Armed { get; set; }

        public byte[] Read(string name) => _inner.Read(name);

        public int ReadAt(string name, int offset, byte[] buffer, int count) => _inner.ReadAt(name, offset, buffer, count);

        public void Write(string name, byte[] data)
        {
            if (Armed && data.Length > _left)
            {
                Die();
            }

            Count(data.Length);
            _inner.Write(name, data);
        }

        public void Append(string name, byte[] data, int offset, int count)
        {
            if (Armed && count > _left)
            {
                if (_left > 0)
                {
                    _inner.Append(name, data, offset, (int)_left);
                }

                Die();
            }

            Count(count);
            _inner.Append(name, data, offset, count);
        }

        public void Delete(string name) => _inner.Delete(name);

        public bool Exists(string name) => _inner.Exists(name);

        public string[] List() => _inner.List();

        private void Count(int bytes)
        {
            if (Armed)
            {
                _left -= bytes;
            }
        }

        private static void Die()
        {
            System.Console.Out.WriteLine("[sim] power cut during install");
            System.Console.Out.Flush();
            Environment.Exit(ExitCode);
        }
    }
}
