using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetCompositeSchedule.conf (Spec §6).</summary>
    public sealed class GetCompositeScheduleResponse : IOcppPayload
    {
        public GetCompositeScheduleResponse(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="OcppEnum.GetCompositeScheduleStatus"/>.</summary>
        public string Status;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int ConnectorId = Absent.Int;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp ScheduleStart;

        /// <summary>Optional ChargingSchedule.</summary>
        public ChargingSchedule ChargingSchedule;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.Status, Status);
            w.Prop(Key.ConnectorId, ConnectorId);
            w.Prop("scheduleStart", ScheduleStart);
            if (ChargingSchedule != null)
            {
                w.PropertyName(Key.ChargingSchedule);
                ChargingSchedule.WriteTo(w);
            }
            w.EndObject();
        }
    }
}
