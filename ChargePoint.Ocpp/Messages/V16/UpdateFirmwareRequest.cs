using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// UpdateFirmware.req and, with <see cref="Diagnostics"/>, GetDiagnostics.req (Spec §6): the same transfer shape
    /// (location, retries, retryInterval), one type for both (a type of its own cost the image ~250 bytes). Wire actions
    /// <see cref="OcppAction.UpdateFirmware"/>, <see cref="OcppAction.GetDiagnostics"/>.
    /// </summary>
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

        /// <summary>UpdateFirmware: required UTC dateTime; unset in a GetDiagnostics.req.</summary>
        public DateTime RetrieveDate;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int RetryInterval = Absent.Int;

        /// <summary>GetDiagnostics.req: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp StartTime;

        /// <summary>GetDiagnostics.req: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp StopTime;

        /// <summary>A GetDiagnostics.req (location, retries, retryInterval, startTime, stopTime), not an UpdateFirmware.req.</summary>
        public bool Diagnostics;

        /// <summary>
        /// Parses and validates an UpdateFirmware.req or, when <paramref name="diagnostics"/>, a GetDiagnostics.req (its
        /// only required field is location); the reader stands at the object.
        /// </summary>
        public static UpdateFirmwareRequest Parse(JsonReader r, bool diagnostics)
        {
            var m = new UpdateFirmwareRequest();
            m.Diagnostics = diagnostics;
            string keys = diagnostics ? Key.Location + Key.Retries + Key.RetryInterval + Key.StartTime + Key.StopTime
                : Key.Location + Key.Retries + Key.RetryInterval + Key.RetrieveDate;
            r.ReadStartObject("UpdateFirmwareRequest");
            for (int k; (k = r.NextKey(keys, diagnostics ? 1 : 0b1001)) >= 0;)
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
                        if (diagnostics)
                        {
                            m.StartTime = r.ReadTimestamp(null);
                        }
                        else
                        {
                            m.RetrieveDate = r.ReadDateTime(null);
                        }

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
