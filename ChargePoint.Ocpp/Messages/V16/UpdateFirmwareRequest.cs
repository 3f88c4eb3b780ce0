using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>UpdateFirmware.req (Spec §6). Wire action <see cref="OcppAction.UpdateFirmware"/>.</summary>
    public sealed class UpdateFirmwareRequest
    {
        public UpdateFirmwareRequest()
        {
        }

        public UpdateFirmwareRequest(string location, DateTime retrieveDate)
            : this()
        {
            Location = location;
            RetrieveDate = retrieveDate;
        }

        /// <summary>Required string (no length limit in the schema).</summary>
        public string Location;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int Retries = Absent.Int;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime RetrieveDate;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int RetryInterval = Absent.Int;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static UpdateFirmwareRequest Parse(JsonReader r)
        {
            var m = new UpdateFirmwareRequest();
            bool hasLocation = false;
            bool hasRetrieveDate = false;
            r.ReadStartObject("UpdateFirmwareRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("location"))
                {
                    m.Location = r.ReadString(null);
                    hasLocation = true;
                }
                else if (r.NameIs("retries"))
                {
                    m.Retries = r.ReadInt(null, 0);
                }
                else if (r.NameIs("retrieveDate"))
                {
                    m.RetrieveDate = r.ReadDateTime(null);
                    hasRetrieveDate = true;
                }
                else if (r.NameIs("retryInterval"))
                {
                    m.RetryInterval = r.ReadInt(null, 0);
                }
            }

            Validate.Required(hasLocation, "location");
            Validate.Required(hasRetrieveDate, "retrieveDate");
            return m;
        }
    }
}
