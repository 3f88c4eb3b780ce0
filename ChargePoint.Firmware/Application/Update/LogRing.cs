using System.Text;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Update
{
    /// <summary>
    /// The device log on flash, bounded: lines are appended to one of two records (<see cref="RecordA"/>,
    /// <see cref="RecordB"/>); when the current one would pass <see cref="HalfBytes"/>, the other is emptied and
    /// becomes current. So at most 2 × HalfBytes are kept and at least the last HalfBytes of lines survive. A power cut
    /// may tear the last line (the upload shows it as it is). The current record is the shorter one at boot.
    /// </summary>
    public sealed class LogRing
    {
        public const string RecordA = "log.a";

        public const string RecordB = "log.b";

        public const int DefaultHalfBytes = 8192;

        private readonly IStorage _storage;
        private readonly int _halfBytes;
        private string _current; // RecordA or RecordB: the record lines are appended to
        private int _currentLength;

        public LogRing(IStorage storage, int halfBytes)
        {
            _storage = storage;
            _halfBytes = halfBytes;
            byte[] data = _storage.Read(RecordA);
            int a = data == null ? 0 : data.Length;
            data = _storage.Read(RecordB);
            int b = data == null ? 0 : data.Length;
            _current = a <= b ? RecordA : RecordB;
            _currentLength = a <= b ? a : b;
        }

        public void Append(string line)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line + "\n");
            int count = bytes.Length > _halfBytes ? _halfBytes : bytes.Length;
            if (_currentLength + count > _halfBytes)
            {
                _current = _current == RecordA ? RecordB : RecordA;
                _storage.Delete(_current);
                _currentLength = 0;
            }

            _storage.Append(_current, bytes, 0, count);
            _currentLength += count;
        }

        /// <summary>Copies the log, oldest line first, into the record target (replaced), in chunks.</summary>
        public int CopyTo(string target)
        {
            _storage.Delete(target);
            var buffer = new byte[512];
            int total = Copy(_current == RecordA ? RecordB : RecordA, target, buffer); // the older lines first
            return total + Copy(_current, target, buffer);
        }

        private int Copy(string from, string to, byte[] buffer)
        {
            int offset = 0;
            while (true)
            {
                int n = _storage.ReadAt(from, offset, buffer, buffer.Length);
                if (n <= 0)
                {
                    return offset;
                }

                _storage.Append(to, buffer, 0, n);
                offset += n;
            }
        }
    }
}
