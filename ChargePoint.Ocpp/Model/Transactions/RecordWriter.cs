using System;
using System.Text;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Little-endian binary writer into a growable buffer, used for journal records.</summary>
    public sealed class RecordWriter
    {
        private byte[] _buffer;

        public RecordWriter(int capacity)
        {
            _buffer = new byte[capacity < 16 ? 16 : capacity];
        }

        public int Length { get; private set; }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public void Reset()
        {
            Length = 0;
        }

        public void WriteByte(int value)
        {
            Ensure(1);
            _buffer[Length++] = (byte)value;
        }

        public void WriteInt16(int value)
        {
            Ensure(2);
            _buffer[Length++] = (byte)value;
            _buffer[Length++] = (byte)(value >> 8);
        }

        public void WriteInt32(int value)
        {
            Ensure(4);
            for (int i = 0; i < 4; i++)
            {
                _buffer[Length++] = (byte)(value >> (8 * i));
            }
        }

        public void WriteUInt32(uint value)
        {
            Ensure(4);
            for (int i = 0; i < 4; i++)
            {
                _buffer[Length++] = (byte)(value >> (8 * i));
            }
        }

        public void WriteInt64(long value)
        {
            Ensure(8);
            for (int i = 0; i < 8; i++)
            {
                _buffer[Length++] = (byte)(value >> (8 * i));
            }
        }

        /// <summary>Null is written as length 0xFFFF and read back as null.</summary>
        public void WriteString(string? value)
        {
            if (value == null)
            {
                WriteInt16(0xFFFF);
                return;
            }

            byte[] bytes = Encoding.UTF8.GetBytes(value);
            if (bytes.Length >= 0xFFFF)
            {
                throw new ArgumentException("string too long for a journal record");
            }

            WriteInt16(bytes.Length);
            Ensure(bytes.Length);
            Array.Copy(bytes, 0, _buffer, Length, bytes.Length);
            Length += bytes.Length;
        }

        /// <summary>Overwrites a 16-bit value at a position already written (frame lengths).</summary>
        public void PatchInt16(int position, int value)
        {
            _buffer[position] = (byte)value;
            _buffer[position + 1] = (byte)(value >> 8);
        }

        public void PatchUInt32(int position, uint value)
        {
            for (int i = 0; i < 4; i++)
            {
                _buffer[position + i] = (byte)(value >> (8 * i));
            }
        }

        public byte[] ToArray()
        {
            var copy = new byte[Length];
            Array.Copy(_buffer, 0, copy, 0, Length);
            return copy;
        }

        private void Ensure(int extra)
        {
            if (Length + extra <= _buffer.Length)
            {
                return;
            }

            int size = _buffer.Length * 2;
            while (size < Length + extra)
            {
                size *= 2;
            }

            var grown = new byte[size];
            Array.Copy(_buffer, 0, grown, 0, Length);
            _buffer = grown;
        }
    }
}
