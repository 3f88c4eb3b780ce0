using System;
using System.Text;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// A little-endian binary record (the journal's state and frames, the id tag lists, the reservations), written into a
    /// growable buffer or read from bytes. Each field method goes in the record's direction: writing stores the value
    /// given, reading ignores it and returns what was read, so one routine can describe a layout for both directions.
    /// Reading past the end throws an ArgumentException (<see cref="Corrupt"/>): read paths catch it as a torn or corrupt record. Fields, not properties: the journal frames and
    /// patches in place.
    /// </summary>
    public sealed class Record
    {
        /// <summary>Writing: bytes [0, Length) are written (set Length 0 to start over). Reading: the bytes read.</summary>
        public byte[] Buffer;

        /// <summary>Writing: the bytes written. Reading: the position of the next field.</summary>
        public int Length;

        private readonly int _end; // reading: the end of the readable bytes; -1 while writing

        /// <summary>The message of the ArgumentException a record that does not parse throws (no exception type of our own: one less type in the image).</summary>
        internal const string Corrupt = "record does not parse";

        /// <summary>A record to write.</summary>
        public Record(int capacity)
        {
            Buffer = new byte[capacity < 16 ? 16 : capacity];
            _end = -1;
        }

        /// <summary>A record to read: bytes [offset, offset + count) of data.</summary>
        public Record(byte[] data, int offset, int count)
        {
            Buffer = data;
            Length = offset;
            _end = offset + count;
        }

        /// <summary>
        /// A reader over a record written with <see cref="Seal"/> that starts with magic, positioned after the magic; null
        /// when the CRC or the magic does not match.
        /// </summary>
        public static Record Sealed(byte[] data, uint magic)
        {
            int n = data.Length - 4; // the record ends with the little-endian CRC of the bytes before it
            if (n < 4)
            {
                return null;
            }

            var r = new Record(data, n, 4);
            long crc = r.Int(0, 4);
            r = new Record(data, 0, n);
            return crc == Crc32.Compute(data, 0, n) && r.Int(0, 4) == magic ? r : null;
        }

        /// <summary>count bytes (1, 2, 4 or 8; unsigned below 8) of value: an int, or a uint (magic numbers, CRCs) widened to long.</summary>
        public long Int(long value, int count)
        {
            int at = Advance(count);
            if (_end < 0)
            {
                Patch(at, value, count);
                return value;
            }

            value = 0;
            for (int i = 0; i < count; i++)
            {
                value |= (long)Buffer[at + i] << (8 * i);
            }

            return value;
        }

        /// <summary><see cref="Int"/> of an int field in place (count 1, 2 or 4).</summary>
        public void Field(ref int value, int count)
        {
            value = (int)Int(value, count);
        }

        /// <summary>A string as UTF-8 with a 2-byte length; null is stored as length 0xFFFF and read back as null.</summary>
        public string Text(string value)
        {
            byte[] bytes = _end < 0 && value != null ? Encoding.UTF8.GetBytes(value) : null;
            if (bytes != null && bytes.Length >= 0xFFFF)
            {
                throw new ArgumentException("text too long");
            }

            int length = (int)Int(bytes == null ? 0xFFFF : bytes.Length, 2);
            if (length == 0xFFFF)
            {
                return null;
            }

            int at = Advance(length);
            if (_end < 0)
            {
                Array.Copy(bytes, 0, Buffer, at, length);
                return value;
            }

            return length == 0 ? "" : new string(Encoding.UTF8.GetChars(Buffer, at, length));
        }

        /// <summary>A capture time: UTC ms, boot, monotonic ms (reading: time may be null).</summary>
        public CaptureTime Time(CaptureTime time)
        {
            bool read = _end >= 0;
            long utc = Int(read ? 0 : time.UtcMs, 8);
            int boot = (int)Int(read ? 0 : time.Boot, 4);
            long mono = Int(read ? 0 : time.MonoMs, 8);
            return read ? new CaptureTime(utc, boot, mono) : time;
        }

        /// <summary>A meter value: its time, then per sampled value context, measurand, phase, location, unit and text (reading: pass null).</summary>
        public MeterValue Meter(MeterValue value)
        {
            bool read = _end >= 0;
            CaptureTime time = Time(read ? null : value.Time);
            SampledValue[] values = read ? null : value.SampledValues;
            int count = (int)Int(read ? 0 : values.Length, 1);
            if (read)
            {
                values = new SampledValue[count];
            }

            for (int i = 0; i < count; i++)
            {
                SampledValue s = read ? null : values[i];
                int context = (int)Int(read ? 0 : s.Context, 1);
                int measurand = (int)Int(read ? 0 : s.Measurand, 1);
                int phase = (int)Int(read ? 0 : s.Phase, 1);
                int location = (int)Int(read ? 0 : s.Location, 1);
                int unit = (int)Int(read ? 0 : s.Unit, 1);
                string text = Text(read ? null : s.Value);
                if (read)
                {
                    values[i] = new SampledValue(text ?? "", context, measurand, phase, location, unit);
                }
            }

            return read ? new MeterValue(time, values) : value;
        }

        /// <summary>Overwrites count bytes at a position already written (frame lengths and CRCs).</summary>
        public void Patch(int position, long value, int count)
        {
            for (int i = 0; i < count; i++)
            {
                Buffer[position + i] = (byte)(value >> (8 * i));
            }
        }

        /// <summary>Appends the CRC-32 of everything written (what <see cref="Sealed"/> checks) and returns a copy.</summary>
        public byte[] Seal()
        {
            Int(Crc32.Compute(Buffer, 0, Length), 4);
            var copy = new byte[Length];
            Array.Copy(Buffer, 0, copy, 0, Length);
            return copy;
        }

        /// <summary>Moves past count bytes and returns where they start: writing grows the buffer, reading checks the end.</summary>
        private int Advance(int count)
        {
            int at = Length;
            if (_end >= 0)
            {
                if (at + count > _end)
                {
                    throw new ArgumentException(Record.Corrupt);
                }
            }
            else if (at + count > Buffer.Length)
            {
                int size = Buffer.Length * 2;
                while (size < at + count)
                {
                    size *= 2;
                }

                var grown = new byte[size];
                Array.Copy(Buffer, 0, grown, 0, at);
                Buffer = grown;
            }

            Length = at + count;
            return at;
        }
    }
}
