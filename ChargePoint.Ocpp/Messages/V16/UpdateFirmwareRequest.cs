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
            r.ReadStartObject("UpdateFirmwareRequest");
            for (int k; (k = r.NextKey(Key.Location + Key.RetrieveDate + Key.Retries + Key.RetryInterval, 0b11)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.Location = r.ReadString(null);
                        break;
                    case 1:
                        m.RetrieveDate = r.ReadDateTime(null);
                        break;
                    case 2:
                        m.Retries = r.ReadInt(null, 0);
                        break;
                    case 3:
                        m.RetryInterval = r.ReadInt(null, 0);
                        break;
                }
            }

            return m;
        }
    }
}
