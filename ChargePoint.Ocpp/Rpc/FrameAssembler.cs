using System;
using System.Text;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Reassembles one WebSocket text message from its fragments (UTF-8 bytes) under the engine's frame cap, for the
    /// platform transports. The cap is in characters like the engine's (<see cref="OcppChargePoint.DefaultMaxFrameChars"/>):
    /// UTF-16 units are counted from the UTF-8 lead bytes as they stream in, so a frame the engine would refuse is dropped
    /// at the fragment that crosses the cap, without buffering the rest. A dropped frame is reported once (warning,
    /// <see cref="DroppedFrames"/>); the next message starts clean. Memory: the buffer grows on demand up to the cap
    /// (at most 3 bytes per character) and is released back to <see cref="InitialBytes"/> after any frame that needed
    /// more than <see cref="KeepBytes"/>, so one large frame does not pin RAM for the rest of the uptime.
    /// Not thread-safe: the transport calls it under its own lock.
    /// </summary>
    public sealed class FrameAssembler
    {
        public const int InitialBytes = 1024;
        public const int KeepBytes = 4096;

        private readonly int _maxChars; // and at most 3 bytes per char: a UTF-16 unit is at most 3 UTF-8 bytes (a 4-byte sequence is 2 units)
        private byte[] _buffer = new byte[InitialBytes];
        private int _length;
        private int _chars;
        private bool _inFrame;
        private bool _dropping;

        public FrameAssembler(int maxChars, IOcppLog log)
        {
            _maxChars = maxChars;
            Log = log;
        }

        /// <summary>Where a dropped frame is reported (settable: a transport may exist before the firmware's logger).</summary>
        public IOcppLog Log;

        /// <summary>Bytes currently held for assembly (the receive buffer's size).</summary>
        public int Capacity => _buffer.Length;

        /// <summary>Frames dropped because they were larger than the cap (read only).</summary>
        public int DroppedFrames;

        /// <summary>
        /// Adds one fragment: <paramref name="first"/> for the first (or only) fragment of a message, <paramref name="final"/>
        /// for the last (or only) one. Returns the message text when <paramref name="final"/> completes a message within the
        /// cap, otherwise null. A continuation without a first fragment belongs to no message and is ignored.
        /// </summary>
        public string Add(byte[] data, int offset, int count, bool first, bool final)
        {
            if (first)
            {
                Restart();
                _inFrame = true;
            }

            if (_inFrame && !_dropping && data != null && count > 0)
            {
                if (offset < 0 || offset > data.Length)
                {
                    offset = data.Length;
                }

                if (count > data.Length - offset)
                {
                    count = data.Length - offset;
                }

                Append(data, offset, count);
            }

            if (!final)
            {
                return null;
            }

            string text = null;
            if (_inFrame && !_dropping)
            {
                text = _length == 0 ? string.Empty : new string(Encoding.UTF8.GetChars(_buffer, 0, _length));
            }

            Restart();
            return text;
        }

        private void Append(byte[] data, int offset, int count)
        {
            int chars = _chars;
            for (int i = offset; i < offset + count; i++)
            {
                int b = data[i];
                if ((b & 0xC0) != 0x80)
                {
                    chars += b >= 0xF0 ? 2 : 1; // continuation bytes add nothing; a 4-byte sequence is a surrogate pair
                }
            }

            if (chars > _maxChars || _length + count > _maxChars * 3)
            {
                _dropping = true;
                _length = 0;
                ReleaseLargeBuffer();
                DroppedFrames++;
                IOcppLog log = Log;
                if (log != null)
                {
                    log.Log(OcppLogLevel.Warning, "frame over " + _maxChars.ToString() + " chars");
                }

                return;
            }

            if (_length + count > _buffer.Length)
            {
                int size = _buffer.Length;
                while (size < _length + count)
                {
                    size *= 2;
                }

                if (size > _maxChars * 3)
                {
                    size = _maxChars * 3;
                }

                var bigger = new byte[size];
                Array.Copy(_buffer, bigger, _length);
                _buffer = bigger;
            }

            Array.Copy(data, offset, _buffer, _length, count);
            _length += count;
            _chars = chars;
        }

        private void Restart()
        {
            _length = 0;
            _chars = 0;
            _inFrame = false;
            _dropping = false;
            ReleaseLargeBuffer();
        }

        private void ReleaseLargeBuffer()
        {
            if (_buffer.Length > KeepBytes)
            {
                _buffer = new byte[InitialBytes];
            }
        }
    }
}
