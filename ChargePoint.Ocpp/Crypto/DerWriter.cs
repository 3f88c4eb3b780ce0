using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// DER writer into a growing buffer. Constructed elements: mark = Begin(tag), write the content, End(mark); the
    /// length is inserted at End (the content is shifted by the length octets), so no sizes are precomputed.
    /// </summary>
    public sealed class DerWriter
    {
        private byte[] _buffer;
        private int _length;

        public DerWriter(int capacity)
        {
            _buffer = new byte[capacity < 16 ? 16 : capacity];
        }

        /// <summary>Starts a constructed element; returns the mark to pass to End.</summary>
        public int Begin(int tag)
        {
            WriteByte(tag);
            return _length;
        }

        /// <summary>Closes the element started by Begin: inserts its definite length (short form, or 0x8n and n octets).</summary>
        public void End(int mark)
        {
            int length = _length - mark;
            int n = length < 0x80 ? 1 : length < 0x100 ? 2 : length < 0x10000 ? 3 : 4;
            Ensure(n);
            for (int i = _length - 1; i >= mark; i--)
            {
                _buffer[i + n] = _buffer[i]; // backwards: the ranges overlap
            }

            _buffer[mark] = n == 1 ? (byte)length : (byte)(0x80 | (n - 1));
            for (int i = 1; i < n; i++)
            {
                _buffer[mark + i] = (byte)(length >> (8 * (n - 1 - i)));
            }

            _length += n;
        }

        /// <summary>A primitive element: tag, length and these content octets.</summary>
        public void WriteTlv(int tag, byte[] content, int offset, int count)
        {
            int mark = Begin(tag);
            WriteRaw(content, offset, count);
            End(mark);
        }

        /// <summary>Already-encoded DER (e.g. a Name copied from a certificate).</summary>
        public void WriteRaw(byte[] data, int offset, int count)
        {
            Ensure(count);
            Array.Copy(data, offset, _buffer, _length, count);
            _length += count;
        }

        /// <summary>A non-negative INTEGER from count unsigned big-endian bytes at offset (leading zeros dropped, 0x00 added when the top bit is set).</summary>
        public void WriteUnsignedInteger(byte[] value, int offset, int count)
        {
            int end = offset + count;
            while (offset < end - 1 && value[offset] == 0)
            {
                offset++;
            }

            int mark = Begin(DerReader.Integer);
            if (offset == end || (value[offset] & 0x80) != 0)
            {
                WriteByte(0);
            }

            WriteRaw(value, offset, end - offset);
            End(mark);
        }

        /// <summary>An OBJECT IDENTIFIER from its content octets in hex (the OID constants of <see cref="DerReader"/>).</summary>
        public void WriteOid(string hex)
        {
            byte[] content = Hex.Decode(hex);
            WriteTlv(DerReader.ObjectIdentifier, content, 0, content.Length);
        }

        /// <summary>A BIT STRING of whole octets (unused-bits octet 0).</summary>
        public void WriteBitString(byte[] data)
        {
            int mark = Begin(DerReader.BitString);
            WriteByte(0);
            WriteRaw(data, 0, data.Length);
            End(mark);
        }

        public byte[] ToArray()
        {
            var result = new byte[_length];
            Array.Copy(_buffer, result, _length);
            return result;
        }

        private void WriteByte(int b)
        {
            Ensure(1);
            _buffer[_length++] = (byte)b;
        }

        private void Ensure(int extra)
        {
            if (_length + extra <= _buffer.Length)
            {
                return;
            }

            int size = _buffer.Length * 2;
            if (size < _length + extra)
            {
                size = _length + extra;
            }

            var bigger = new byte[size];
            Array.Copy(_buffer, bigger, _length);
            _buffer = bigger;
        }
    }
}
