using System;
using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

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
            w.PropOpt("duration", Duration);
            w.PropOpt("startSchedule", StartSchedule);
            w.Prop("chargingRateUnit", ChargingRateUnit);
            w.PropArray("chargingSchedulePeriod", ChargingSchedulePeriod);
            if (!double.IsNaN(MinChargingRate))
            {
                w.PropNumber("minChargingRate", MinChargingRate);
            }
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChargingSchedule Parse(JsonReader r)
        {
            var m = new ChargingSchedule(null, null);
            bool hasChargingRateUnit = false;
            bool hasChargingSchedulePeriod = false;
            r.ReadStartObject("ChargingSchedule");
            while (r.NextProperty())
            {
                if (r.NameIs("duration"))
                {
                    m.Duration = r.ReadInt(null, 0);
                }
                else if (r.NameIs("startSchedule"))
                {
                    m.StartSchedule = r.ReadTimestamp(null);
                }
                else if (r.NameIs("chargingRateUnit"))
                {
                    m.ChargingRateUnit = r.ReadEnum(null, DataTypes.OcppEnum.ChargingRateUnitType);
                    hasChargingRateUnit = true;
                }
                else if (r.NameIs("chargingSchedulePeriod"))
                {
                    var list = new ArrayList();
                    r.ReadStartArray(null);
                    while (r.NextItem())
                    {
                        list.Add(DataTypes.ChargingSchedulePeriod.Parse(r));
                    }
                    m.ChargingSchedulePeriod = (DataTypes.ChargingSchedulePeriod[])list.ToArray(typeof(DataTypes.ChargingSchedulePeriod));
                    if (m.ChargingSchedulePeriod.Length == 0)
                    {
                        throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "chargingSchedulePeriod needs at least one element");
                    }
                    hasChargingSchedulePeriod = true;
                }
                else if (r.NameIs("minChargingRate"))
                {
                    m.MinChargingRate = r.ReadDouble(null);
                }
            }

            Validate.Required(hasChargingRateUnit, "chargingRateUnit");
            Validate.Required(hasChargingSchedulePeriod, "chargingSchedulePeriod");
            return m;
        }
    }
}
