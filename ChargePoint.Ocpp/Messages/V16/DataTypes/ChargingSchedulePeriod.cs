using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One period of a charging schedule (Spec §7.9).</summary>
    public sealed class ChargingSchedulePeriod : IOcppPayload
    {
        public ChargingSchedulePeriod(int startPeriod, double limit)
        {
            StartPeriod = startPeriod;
            Limit = limit;
        }

        /// <summary>Required, integer &gt;= 0.</summary>
        public int StartPeriod;

        /// <summary>Required decimal.</summary>
        public double Limit;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int NumberPhases = Absent.Int;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.StartPeriod, StartPeriod);
            w.PropNumber(Key.Limit, Limit);
            w.Prop(Key.NumberPhases, NumberPhases);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChargingSchedulePeriod Parse(JsonReader r)
        {
            var m = new ChargingSchedulePeriod(0, 0);
            r.ReadStartObject("ChargingSchedulePeriod");
            for (int k; (k = r.NextKey(Key.StartPeriod + Key.Limit + Key.NumberPhases, 0b11)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.StartPeriod = r.ReadInt(null, 0);
                        break;
                    case 1:
                        m.Limit = r.ReadDouble(null);
                        break;
                    case 2:
                        m.NumberPhases = r.ReadInt(null, 0);
                        break;
                }
            }

            return m;
        }
    }
}
