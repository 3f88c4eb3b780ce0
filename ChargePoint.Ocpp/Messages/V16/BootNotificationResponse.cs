using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// BootNotification.conf (Spec §6), and Heartbeat.conf, whose only field is the same currentTime (one type for
    /// both: a type of its own cost the image ~100 bytes); a Heartbeat.conf has no <see cref="Status"/> (null).
    /// </summary>
    public sealed class BootNotificationResponse
    {
        /// <summary>Required, one of <see cref="OcppEnum.RegistrationStatus"/>; null in a Heartbeat.conf.</summary>
        public string Status;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime CurrentTime;

        /// <summary>Required, integer (BootNotification.conf only).</summary>
        public int Interval;

        /// <summary>
        /// Parses and validates a BootNotification.conf (<paramref name="boot"/>) or a Heartbeat.conf (only currentTime
        /// is known there: status and interval are skipped like any unknown member); the reader stands at the object.
        /// </summary>
        public static BootNotificationResponse Parse(JsonReader r, bool boot)
        {
            var m = new BootNotificationResponse();
            bool hasStatus = false;
            bool hasCurrentTime = false;
            bool hasInterval = false;
            r.ReadStartObject(boot ? "BootNotificationResponse" : "payload");
            while (r.NextProperty())
            {
                if (r.NameIs("currentTime"))
                {
                    m.CurrentTime = r.ReadDateTime(null);
                    hasCurrentTime = true;
                }
                else if (!boot)
                {
                    // Heartbeat.conf: nothing else is known (the next NextProperty skips it)
                }
                else if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum(null, DataTypes.OcppEnum.RegistrationStatus);
                    hasStatus = true;
                }
                else if (r.NameIs("interval"))
                {
                    m.Interval = r.ReadInt(null);
                    hasInterval = true;
                }
            }

            Validate.Required(hasStatus || !boot, "status");
            Validate.Required(hasCurrentTime, "currentTime");
            Validate.Required(hasInterval || !boot, "interval");
            return m;
        }
    }
}
