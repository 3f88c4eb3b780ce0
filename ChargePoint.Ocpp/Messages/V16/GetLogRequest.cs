using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>GetLog.req (Security Whitepaper). Wire action <see cref="OcppAction.GetLog"/>.</summary>
    public sealed class GetLogRequest
    {
        /// <summary>Required LogParametersType.</summary>
        public LogParametersType Log;

        /// <summary>Required, one of <see cref="LogEnumType"/>.</summary>
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
                    m.Log = DataTypes.LogParametersType.Parse(r);
                    hasLog = true;
                }
                else if (r.NameIs("logType"))
                {
                    m.LogType = r.ReadEnum(null, DataTypes.LogEnumType.All);
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
