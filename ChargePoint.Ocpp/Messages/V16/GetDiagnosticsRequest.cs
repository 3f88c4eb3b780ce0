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
            r.ReadStartObject("GetDiagnosticsRequest");
            for (int k; (k = r.NextKey(Key.Location + Key.Retries + Key.RetryInterval + Key.StartTime + Key.StopTime, 1)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.Location = r.ReadString(null);
                        break;
                    case 1:
                        m.Retries = r.ReadInt(null, 0);
                        break;
                    case 2:
                        m.RetryInterval = r.ReadInt(null, 0);
                        break;
                    case 3:
                        m.StartTime = r.ReadTimestamp(null);
                        break;
                    case 4:
                        m.StopTime = r.ReadTimestamp(null);
                        break;
                }
            }

            return m;
        }
    }
}
