using System.Text;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Reader for <see cref="RecordWriter"/> output. Overruns throw <see cref="JournalFormatException"/>.</summary>
    public sealed class RecordReader
    {
        private readonly byte[] _data;
        private readonly int _end;

        public RecordReader(byte[] data, int offset, int count)
        {
            _data = data;
            Position = offset;
            _end = offset + count;
        }

        public int Position { get; private set; }

        public bool AtEnd
        {
            get { return Position >= _end; }
        }

        public int ReadByte()
        {
            Need(1);
            return _data[Position++];
        }

        public int ReadUInt16()
        {
            Need(2);
            int value = _data[Position] | (_data[Position + 1] << 8);
            Position += 2;
            return value;
        }

        public int ReadInt32()
        {
            Need(4);
            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                value |= _data[Position + i] << (8 * i);
            }

            Position += 4;
            return value;
        }

        public uint ReadUInt32()
        {
            return (uint)ReadInt32();
        }

        public long ReadInt64()
        {
            Need(8);
            long value = 0;
            for (int i = 0; i < 8; i++)
            {
                value |= (long)_data[Position + i] << (8 * i);
            }

            Position += 8;
            return value;
        }

        public string? ReadString()
        {
            int length = ReadUInt16();
            if (length == 0xFFFF)
            {
                return null;
            }

            Need(length);
            string text = length == 0 ? "" : new string(Encoding.UTF8.GetChars(_data, Position, length));
            Position += length;
            return text;
        }

        private void Need(int count)
        {
            if (Position + count > _end)
            {
                throw new JournalFormatException();
            }
        }
    }
}
