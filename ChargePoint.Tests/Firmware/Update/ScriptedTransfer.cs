using ChargePoint.Firmware.Update;
using ChargePoint.Ocpp;

namespace ChargePoint.Tests.Firmware.Update
{
    /// <summary>An <see cref="IFileTransfer"/> that serves a byte array in chunks of 700 (deterministic, no thread), or fails.</summary>
    public sealed class ScriptedTransfer : IFileTransfer
    {
        private byte[] _data = new byte[0];
        private int _offset;
        private bool _fail;

        /// <summary>What the next GET returns.</summary>
        public byte[] Served { get; set; } = new byte[0];

        /// <summary>The next transfer fails with this error (null: it succeeds).</summary>
        public string? FailWith { get; set; }

        public string? LastUrl { get; private set; }

        public byte[]? LastBody { get; private set; }

        public int Gets { get; private set; }

        public int State => _fail ? TransferState.Failed : _offset < _data.Length ? TransferState.Running : TransferState.Succeeded;

        public string Error => FailWith ?? string.Empty;

        public void BeginGet(string url)
        {
            Gets++;
            LastUrl = url;
            _data = Served;
            _offset = 0;
            _fail = FailWith != null;
        }

        public void BeginPut(string url, byte[] body)
        {
            LastUrl = url;
            LastBody = body;
            _data = new byte[0];
            _offset = 0;
            _fail = FailWith != null;
        }

        public int Read(byte[] buffer)
        {
            int n = _data.Length - _offset;
            n = n > 700 ? 700 : n;
            n = n > buffer.Length ? buffer.Length : n;
            System.Array.Copy(_data, _offset, buffer, 0, n);
            _offset += n;
            return n;
        }
    }
}
