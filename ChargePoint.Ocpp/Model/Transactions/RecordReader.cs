using System.Text;
using ChargePoint.Ocpp.Model.Metering;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Reader for <see cref="RecordWriter"/> output. Overruns throw <see cref="JournalFormatException"/>.</summary>
    public sealed class RecordReader
    {
        private readonly byte[] _data;
        private readonly int _end;
        private int _at;

        public RecordReader(byte[] data, int offset, int count)
        {
            _data = data;
            _at = offset;
            _end = offset + count;
        }

        /// <summary>
        /// A reader over a record written with <see cref="RecordWriter.Seal"/> that starts with magic, positioned after the
        /// magic; null when the CRC or the magic does not match.
        /// </summary>
        public static RecordReader Sealed(byte[] data, uint magic)
        {
            if (data.Length < 8 || !Crc32.Matches(data))
            {
                return null;
            }

            var r = new RecordReader(data, 0, data.Length - 4);
            return (uint)r.ReadInt32() == magic ? r : null;
        }

        public int ReadByte()
        {
            return (int)Get(1);
        }

        public int ReadUInt16()
        {
            return (int)Get(2);
        }

        public int ReadInt32()
        {
            return (int)Get(4);
        }

        public long ReadInt64()
        {
            return Get(8);
        }

        public string ReadString()
        {
            int length = (int)Get(2);
            if (length == 0xFFFF)
            {
                return null;
            }

            Need(length);
            string text = length == 0 ? "" : new string(Encoding.UTF8.GetChars(_data, _at, length));
            _at += length;
            return text;
        }

        public CaptureTime ReadTime()
        {
            long utc = Get(8);
            int boot = (int)Get(4);
            return new CaptureTime(utc, boot, Get(8));
        }

        public MeterValue ReadMeterValue()
        {
            CaptureTime time = ReadTime();
            var values = new SampledValue[Get(1)];
            for (int i = 0; i < values.Length; i++)
            {
                int context = (int)Get(1);
                int measurand = (int)Get(1);
                int phase = (int)Get(1);
                int location = (int)Get(1);
                int unit = (int)Get(1);
                values[i] = new SampledValue(ReadString() ?? "", context, measurand, phase, location, unit);
            }

            return new MeterValue(time, values);
        }

        /// <summary>count bytes, little-endian (unsigned below 8 bytes).</summary>
        internal long Get(int count)
        {
            Need(count);
            long value = 0;
            for (int i = 0; i < count; i++)
            {
                value |= (long)_data[_at + i] << (8 * i);
            }

            _at += count;
            return value;
        }

        private void Need(int count)
        {
            if (_at + count > _end)
            {
                throw new JournalFormatException();
            }
        }
    }
}
