using System.Collections;
using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>A charging schedule (Spec §7.8).</summary>
    public sealed class ChargingSchedule : IOcppPayload
    {
        public ChargingSchedule(string chargingRateUnit, ChargingSchedulePeriod[] chargingSchedulePeriod)
        {
            ChargingRateUnit = chargingRateUnit;
            ChargingSchedulePeriod = chargingSchedulePeriod;
        }

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int Duration = Absent.Int;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp StartSchedule;

        /// <summary>Required, one of <see cref="OcppEnum.ChargingRateUnitType"/>.</summary>
        public string ChargingRateUnit;

        /// <summary>Required list of ChargingSchedulePeriod (at least one).</summary>
        public ChargingSchedulePeriod[] ChargingSchedulePeriod;

        /// <summary>Optional decimal (NaN when absent).</summary>
        public double MinChargingRate = double.NaN;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.Duration, Duration);
            w.Prop(Key.StartSchedule, StartSchedule);
            w.Prop(Key.ChargingRateUnit, ChargingRateUnit);
            w.PropArray(Key.ChargingSchedulePeriod, ChargingSchedulePeriod);
            if (!double.IsNaN(MinChargingRate))
            {
                w.PropNumber(Key.MinChargingRate, MinChargingRate);
            }
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChargingSchedule Parse(JsonReader r)
        {
            var m = new ChargingSchedule(null, null);
            r.ReadStartObject(null); // the value of the property just read: its name in errors
            for (int k; (k = r.NextKey(Key.ChargingRateUnit + Key.ChargingSchedulePeriod + Key.Duration + Key.StartSchedule + Key.MinChargingRate, 0b11)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.ChargingRateUnit = r.ReadEnum(null, DataTypes.OcppEnum.ChargingRateUnitType);
                        break;
                    case 1:
                        var list = new ArrayList();
                        r.ReadStartArray(null);
                        while (r.NextItem())
                        {
                            list.Add(DataTypes.ChargingSchedulePeriod.Parse(r));
                        }
                        
                        m.ChargingSchedulePeriod = (DataTypes.ChargingSchedulePeriod[])list.ToArray(typeof(DataTypes.ChargingSchedulePeriod));
                        if (list.Count == 0)
                        {
                            throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "chargingSchedulePeriod needs at least one element");
                        }
                        
                        break;
                    case 2:
                        m.Duration = r.ReadInt(null, 0);
                        break;
                    case 3:
                        m.StartSchedule = new UtcTimestamp(r.ReadDateTime(null));
                        break;
                    case 4:
                        m.MinChargingRate = r.ReadDouble(null);
                        break;
                }
            }

            return m;
        }
    }
}
