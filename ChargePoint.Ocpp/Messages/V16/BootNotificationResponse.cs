using System;
using ChargePoint.Ocpp.Json;
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
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.Status + Key.CurrentTime + Key.Interval, boot ? 0b111 : 0b10)) >= 0;)
            {
                if (k == 1)
                {
                    m.CurrentTime = r.ReadDateTime(null);
                }
                else if (!boot)
                {
                    // Heartbeat.conf: nothing else is known (the next NextKey skips it)
                }
                else if (k == 0)
                {
                    m.Status = r.ReadEnum(null, DataTypes.OcppEnum.RegistrationStatus);
                }
                else if (k == 2)
                {
                    m.Interval = r.ReadInt(null);
                }
            }

            return m;
        }
    }
}
