using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

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
            w.Prop("startPeriod", StartPeriod);
            w.PropNumber("limit", Limit);
            w.PropOpt("numberPhases", NumberPhases);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChargingSchedulePeriod Parse(JsonReader r)
        {
            var m = new ChargingSchedulePeriod(0, 0);
            bool hasStartPeriod = false;
            bool hasLimit = false;
            r.ReadStartObject("ChargingSchedulePeriod");
            while (r.NextProperty())
            {
                if (r.NameIs("startPeriod"))
                {
                    m.StartPeriod = r.ReadInt(null, 0);
                    hasStartPeriod = true;
                }
                else if (r.NameIs("limit"))
                {
                    m.Limit = r.ReadDouble(null);
                    hasLimit = true;
                }
                else if (r.NameIs("numberPhases"))
                {
                    m.NumberPhases = r.ReadInt(null, 0);
                }
            }

            Validate.Required(hasStartPeriod, "startPeriod");
            Validate.Required(hasLimit, "limit");
            return m;
        }
    }
}
