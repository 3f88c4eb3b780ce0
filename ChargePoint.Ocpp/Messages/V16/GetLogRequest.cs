using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// GetLog.req (Security Whitepaper). Wire action <see cref="OcppAction.GetLog"/>. Its required <c>log</c> object
    /// (LogParametersType) is read into <see cref="RemoteLocation"/>, <see cref="OldestTimestamp"/> and
    /// <see cref="LatestTimestamp"/>: a type of its own would cost the image a class for data only this request carries.
    /// </summary>
    public sealed class GetLogRequest
    {
        /// <summary>log.remoteLocation: required CiString512.</summary>
        public string RemoteLocation;

        /// <summary>log.oldestTimestamp: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp OldestTimestamp;

        /// <summary>log.latestTimestamp: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp LatestTimestamp;

        /// <summary>Required, one of <see cref="OcppEnum.LogEnumType"/>.</summary>
        public string LogType;

        /// <summary>Required, integer.</summary>
        public int RequestId;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int Retries = Absent.Int;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int RetryInterval = Absent.Int;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static GetLogRequest Parse(JsonReader r)
        {
            var m = new GetLogRequest();
            bool hasLog = false;
            bool hasLogType = false;
            bool hasRequestId = false;
            r.ReadStartObject("GetLogRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("log"))
                {
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
                    hasLog = true;
                }
                else if (r.NameIs("logType"))
                {
                    m.LogType = r.ReadEnum(null, OcppEnum.LogEnumType);
                    hasLogType = true;
                }
                else if (r.NameIs("requestId"))
                {
                    m.RequestId = r.ReadInt(null);
                    hasRequestId = true;
                }
                else if (r.NameIs("retries"))
                {
                    m.Retries = r.ReadInt(null, 0);
                }
                else if (r.NameIs("retryInterval"))
                {
                    m.RetryInterval = r.ReadInt(null, 0);
                }
            }

            Validate.Required(hasLog, "log");
            Validate.Required(hasLogType, "logType");
            Validate.Required(hasRequestId, "requestId");
            return m;
        }
    }
}
