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
            r.ReadStartObject("GetLogRequest");
            for (int k; (k = r.NextKey(Key.Log + Key.LogType + Key.RequestId + Key.Retries + Key.RetryInterval, 0b111)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        r.ReadStartObject("LogParametersType");
                        for (int f; (f = r.NextKey(Key.RemoteLocation + Key.OldestTimestamp + Key.LatestTimestamp, 1)) >= 0;)
                        {
                            switch (f)
                            {
                                case 0:
                                    m.RemoteLocation = r.ReadString(null, 512);
                                    break;
                                case 1:
                                    m.OldestTimestamp = r.ReadTimestamp(null);
                                    break;
                                case 2:
                                    m.LatestTimestamp = r.ReadTimestamp(null);
                                    break;
                            }
                        }

                        break;
                    case 1:
                        m.LogType = r.ReadEnum(null, OcppEnum.LogEnumType);
                        break;
                    case 2:
                        m.RequestId = r.ReadInt(null);
                        break;
                    case 3:
                        m.Retries = r.ReadInt(null, 0);
                        break;
                    case 4:
                        m.RetryInterval = r.ReadInt(null, 0);
                        break;
                }
            }

            return m;
        }
    }
}
