using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetCompositeSchedule.conf (Spec §6).</summary>
    public sealed class GetCompositeScheduleResponse : IOcppPayload
    {
        public GetCompositeScheduleResponse()
        {
        }

        public GetCompositeScheduleResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="GetCompositeScheduleStatus"/>.</summary>
        public string Status = string.Empty;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp? ScheduleStart;

        /// <summary>Optional ChargingSchedule.</summary>
        public ChargingSchedule? ChargingSchedule;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.PropOpt("connectorId", ConnectorId);
            w.PropOpt("scheduleStart", ScheduleStart);
            if (ChargingSchedule != null)
            {
                w.PropertyName("chargingSchedule");
                ChargingSchedule.WriteTo(w);
            }
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetCompositeScheduleResponse Parse(JsonReader r)
        {
            var m = new GetCompositeScheduleResponse();
            bool hasStatus = false;
            r.ReadStartObject("GetCompositeScheduleResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.GetCompositeScheduleStatus.IsValid(m.Status), "status", m.Status);
                    hasStatus = true;
                }
                else if (r.NameIs("connectorId"))
                {
                    m.ConnectorId = Validate.Min(r.ReadInt("connectorId"), 0, "connectorId");
                }
                else if (r.NameIs("scheduleStart"))
                {
                    m.ScheduleStart = r.ReadTimestamp("scheduleStart");
                }
                else if (r.NameIs("chargingSchedule"))
                {
                    m.ChargingSchedule = DataTypes.ChargingSchedule.Parse(r);
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }
    }
}
