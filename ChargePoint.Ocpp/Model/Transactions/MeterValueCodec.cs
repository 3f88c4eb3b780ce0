using ChargePoint.Ocpp.Model.Metering;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Compact binary form of meter values and capture times inside journal records.</summary>
    public static class MeterValueCodec
    {
        public static void WriteTime(RecordWriter w, CaptureTime time)
        {
            w.WriteInt64(time.UtcMs);
            w.WriteInt32(time.Boot);
            w.WriteInt64(time.MonoMs);
        }

        public static CaptureTime ReadTime(RecordReader r)
        {
            long utc = r.ReadInt64();
            int boot = r.ReadInt32();
            long mono = r.ReadInt64();
            return new CaptureTime(utc, boot, mono);
        }

        public static void Write(RecordWriter w, MeterValue value)
        {
            WriteTime(w, value.Time);
            w.WriteByte(value.SampledValues.Length);
            for (int i = 0; i < value.SampledValues.Length; i++)
            {
                SampledValue s = value.SampledValues[i];
                w.WriteByte(s.Context);
                w.WriteByte(s.Measurand);
                w.WriteByte(s.Phase);
                w.WriteByte(s.Location);
                w.WriteByte(s.Unit);
                w.WriteString(s.Value);
            }
        }

        public static MeterValue Read(RecordReader r)
        {
            CaptureTime time = ReadTime(r);
            int count = r.ReadByte();
            var values = new SampledValue[count];
            for (int i = 0; i < count; i++)
            {
                int context = r.ReadByte();
                int measurand = r.ReadByte();
                int phase = r.ReadByte();
                int location = r.ReadByte();
                int unit = r.ReadByte();
                string? text = r.ReadString();
                values[i] = new SampledValue(text ?? "", context, measurand, phase, location, unit);
            }

            return new MeterValue(time, values);
        }
    }
}
