using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetDiagnostics.req (Spec §6). Wire action <see cref="OcppAction.GetDiagnostics"/>.</summary>
    public sealed class GetDiagnosticsRequest
    {
        /// <summary>Required string (no length limit in the schema).</summary>
        public string Location;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int Retries = Absent.Int;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int RetryInterval = Absent.Int;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp StartTime;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp StopTime;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetDiagnosticsRequest Parse(JsonReader r)
        {
            var m = new GetDiagnosticsRequest();
            bool hasLocation = false;
            r.ReadStartObject("GetDiagnosticsRequest");
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
                else if (r.NameIs("retryInterval"))
                {
                    m.RetryInterval = r.ReadInt(null, 0);
                }
                else if (r.NameIs("startTime"))
                {
                    m.StartTime = r.ReadTimestamp(null);
                }
                else if (r.NameIs("stopTime"))
                {
                    m.StopTime = r.ReadTimestamp(null);
                }
            }

            Validate.Required(hasLocation, "location");
            return m;
        }
    }
}
