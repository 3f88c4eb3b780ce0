using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>Heartbeat.conf (Spec §6).</summary>
    public sealed class HeartbeatResponse
    {
        /// <summary>Required UTC dateTime.</summary>
        public DateTime CurrentTime;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static HeartbeatResponse Parse(JsonReader r)
        {
            var m = new HeartbeatResponse();
            bool hasCurrentTime = false;
            r.ReadStartObject("HeartbeatResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("currentTime"))
                {
                    m.CurrentTime = r.ReadDateTime(null);
                    hasCurrentTime = true;
                }
            }

            Validate.Required(hasCurrentTime, "currentTime");
            return m;
        }
    }
}
