using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Where and which period of a log to upload (Security Whitepaper, LogParametersType).</summary>
    public sealed class LogParametersType
    {
        /// <summary>Required CiString512.</summary>
        public string RemoteLocation;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp OldestTimestamp;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp LatestTimestamp;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static LogParametersType Parse(JsonReader r)
        {
            var m = new LogParametersType();
            bool hasRemoteLocation = false;
            r.ReadStartObject("LogParametersType");
            while (r.NextProperty())
            {
                if (r.NameIs("remoteLocation"))
                {
                    m.RemoteLocation = r.ReadString(null, 512);
                    hasRemoteLocation = true;
                }
                else if (r.NameIs("oldestTimestamp"))
                {
                    m.OldestTimestamp = r.ReadTimestamp(null);
                }
                else if (r.NameIs("latestTimestamp"))
                {
                    m.LatestTimestamp = r.ReadTimestamp(null);
                }
            }

            Validate.Required(hasRemoteLocation, "remoteLocation");
            return m;
        }
    }
}
