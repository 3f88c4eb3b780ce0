using System;
using System.Text;
using ChargePoint.Ocpp.Model.Metering;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Little-endian binary writer into a growable buffer, for the journal's records and frames and the other stored
    /// records (id tags, reservations). Fields, not properties: the journal frames and patches in place.
    /// </summary>
    public sealed class RecordWriter
    {
        /// <summary>Bytes [0, Length) are written; set 0 to start over.</summary>
        public byte[] Buffer;

        public int Length;

        public RecordWriter(int capacity)
        {
            Buffer = new byte[capacity < 16 ? 16 : capacity];
        }

        public void WriteByte(int value)
        {
            Put(value, 1);
        }

        public void WriteInt16(int value)
        {
            Put(value, 2);
        }

        /// <summary>An int, or a uint (magic numbers, CRCs) widened to long.</summary>
        public void WriteInt32(long value)
        {
            Put(value, 4);
        }

        public void WriteInt64(long value)
        {
            Put(value, 8);
        }

        /// <summary>Null is written as length 0xFFFF and read back as null.</summary>
        public void WriteString(string value)
        {
            if (value == null)
            {
                Put(0xFFFF, 2);
                return;
            }

            byte[] bytes = Encoding.UTF8.GetBytes(value);
            if (bytes.Length >= 0xFFFF)
            {
                throw new ArgumentException("string too long for a journal record");
            }

            Put(bytes.Length, 2);
            Ensure(bytes.Length);
            Array.Copy(bytes, 0, Buffer, Length, bytes.Length);
            Length += bytes.Length;
        }

        /// <summary>A capture time: UTC ms, boot, monotonic ms.</summary>
        public void WriteTime(CaptureTime time)
        {
            Put(time.UtcMs, 8);
            Put(time.Boot, 4);
            Put(time.MonoMs, 8);
        }

        /// <summary>A meter value: its time, then per sampled value context, measurand, phase, location, unit and text.</summary>
        public void WriteMeterValue(MeterValue value)
        {
            WriteTime(value.Time);
            SampledValue[] values = value.SampledValues;
            Put(values.Length, 1);
            for (int i = 0; i < values.Length; i++)
            {
                SampledValue s = values[i];
                Put(s.Context, 1);
                Put(s.Measurand, 1);
                Put(s.Phase, 1);
                Put(s.Location, 1);
                Put(s.Unit, 1);
                WriteString(s.Value);
            }
        }

        /// <summary>Overwrites count bytes at a position already written (frame lengths and CRCs).</summary>
        public void Patch(int position, long value, int count)
        {
            for (int i = 0; i < count; i++)
            {
                Buffer[position + i] = (byte)(value >> (8 * i));
            }
        }

        /// <summary>Appends the CRC-32 of everything written (what <see cref="RecordReader.Sealed"/> checks) and returns a copy.</summary>
        public byte[] Seal()
        {
            Put(Crc32.Compute(Buffer, 0, Length), 4);
            var copy = new byte[Length];
            Array.Copy(Buffer, 0, copy, 0, Length);
            return copy;
        }

        /// <summary>count bytes of value, little-endian.</summary>
        internal void Put(long value, int count)
        {
            Ensure(count);
            Patch(Length, value, count);
            Length += count;
        }

        private void Ensure(int extra)
        {
            if (Length + extra <= Buffer.Length)
            {
                return;
            }

            int size = Buffer.Length * 2;
            while (size < Length + extra)
            {
                size *= 2;
            }

            var grown = new byte[size];
            Array.Copy(Buffer, 0, grown, 0, Length);
            Buffer = grown;
        }
    }
}
