using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>BootNotification.conf (Spec §6).</summary>
    public sealed class BootNotificationResponse
    {
        /// <summary>Required, one of <see cref="OcppEnum.RegistrationStatus"/>.</summary>
        public string Status;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime CurrentTime;

        /// <summary>Required, integer.</summary>
        public int Interval;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static BootNotificationResponse Parse(JsonReader r)
        {
            var m = new BootNotificationResponse();
            bool hasStatus = false;
            bool hasCurrentTime = false;
            bool hasInterval = false;
            r.ReadStartObject("BootNotificationResponse");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadEnum(null, DataTypes.OcppEnum.RegistrationStatus);
                    hasStatus = true;
                }
                else if (r.NameIs("currentTime"))
                {
                    m.CurrentTime = r.ReadDateTime(null);
                    hasCurrentTime = true;
                }
                else if (r.NameIs("interval"))
                {
                    m.Interval = r.ReadInt(null);
                    hasInterval = true;
                }
            }

            Validate.Required(hasStatus, "status");
            Validate.Required(hasCurrentTime, "currentTime");
            Validate.Required(hasInterval, "interval");
            return m;
        }
    }
}
