using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// The transfer requests (Spec §6, Security Whitepaper), one type for their common shape (location, retries,
    /// retryInterval; a type each cost the image ~200 bytes), told apart by <see cref="Action"/>: UpdateFirmware.req,
    /// GetDiagnostics.req (<see cref="StartTime"/>, <see cref="StopTime"/>) and GetLog.req (its <c>log</c> object, the
    /// LogParametersType, read into <see cref="Location"/>, <see cref="StartTime"/> and <see cref="StopTime"/>;
    /// <see cref="LogType"/>, <see cref="RequestId"/>) and SignedUpdateFirmware.req (<see cref="RequestId"/> and its
    /// <c>firmware</c> object, the FirmwareType: <see cref="Location"/>, <see cref="RetrieveDate"/> for its
    /// retrieveDateTime, <see cref="InstallDateTime"/>, <see cref="SigningCertificate"/>, <see cref="Signature"/>).
    /// </summary>
    public sealed class UpdateFirmwareRequest
    {
        /// <summary>The request's action: <see cref="OcppAction.UpdateFirmware"/> (also when null), <see cref="OcppAction.GetDiagnostics"/>, <see cref="OcppAction.GetLog"/> or <see cref="OcppAction.SignedUpdateFirmware"/>.</summary>
        public string Action;

        /// <summary>Required: location (a string, no length limit in the schema), GetLog's log.remoteLocation and SignedUpdateFirmware's firmware.location (CiString512).</summary>
        public string Location;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int Retries = Absent.Int;

        /// <summary>UpdateFirmware's retrieveDate, SignedUpdateFirmware's firmware.retrieveDateTime: required UTC dateTime; unset in the others.</summary>
        public DateTime RetrieveDate;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int RetryInterval = Absent.Int;

        /// <summary>GetDiagnostics.req's startTime, GetLog.req's log.oldestTimestamp: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp StartTime;

        /// <summary>GetDiagnostics.req's stopTime, GetLog.req's log.latestTimestamp: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp StopTime;

        /// <summary>GetLog.req: required, one of <see cref="OcppEnum.LogEnumType"/>.</summary>
        public string LogType;

        /// <summary>GetLog.req, SignedUpdateFirmware.req: required integer.</summary>
        public int RequestId;

        /// <summary>SignedUpdateFirmware.req's firmware.installDateTime: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp InstallDateTime;

        /// <summary>SignedUpdateFirmware.req's firmware.signingCertificate: required CiString5500.</summary>
        public string SigningCertificate;

        /// <summary>SignedUpdateFirmware.req's firmware.signature: required CiString800.</summary>
        public string Signature;

        /// <summary>
        /// Parses and validates the request of <paramref name="action"/> (UpdateFirmware, GetDiagnostics, GetLog or
        /// SignedUpdateFirmware); the reader stands at the object.
        /// </summary>
        public static UpdateFirmwareRequest Parse(JsonReader r, string action)
        {
            var m = new UpdateFirmwareRequest();
            m.Action = action;
            bool log = action == OcppAction.GetLog;
            bool signed = action == OcppAction.SignedUpdateFirmware;
            bool diagnostics = action == OcppAction.GetDiagnostics;
            string keys = log ? Key.Log + Key.Retries + Key.RetryInterval + Key.LogType + Key.RequestId
                : signed ? Key.Firmware + Key.Retries + Key.RetryInterval + Key.RequestId
                : diagnostics ? Key.Location + Key.Retries + Key.RetryInterval + Key.StartTime + Key.StopTime
                : Key.Location + Key.Retries + Key.RetryInterval + Key.RetrieveDate;
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(keys, log ? 0b11001 : diagnostics ? 1 : 0b1001)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        if (!log && !signed)
                        {
                            m.Location = r.ReadString(null);
                            break;
                        }

                        // GetLog's log (LogParametersType) or SignedUpdateFirmware's firmware (FirmwareType).
                        r.ReadStartObject(null);
                        string inner = log ? Key.RemoteLocation + Key.OldestTimestamp + Key.LatestTimestamp
                            : Key.Location + Key.RetrieveDateTime + Key.SigningCertificate + Key.Signature + Key.InstallDateTime;
                        for (int f; (f = r.NextKey(inner, log ? 1 : 0b1111)) >= 0;)
                        {
                            switch (f)
                            {
                                case 0:
                                    m.Location = r.ReadString(null, 512);
                                    break;
                                case 1:
                                    if (log)
                                    {
                                        m.StartTime = new UtcTimestamp(r.ReadDateTime(null));
                                    }
                                    else
                                    {
                                        m.RetrieveDate = r.ReadDateTime(null);
                                    }

                                    break;
                                case 2:
                                    if (log)
                                    {
                                        m.StopTime = new UtcTimestamp(r.ReadDateTime(null));
                                    }
                                    else
                                    {
                                        m.SigningCertificate = r.ReadString(null, 5500);
                                    }

                                    break;
                                case 3:
                                    m.Signature = r.ReadString(null, 800);
                                    break;
                                case 4:
                                    m.InstallDateTime = new UtcTimestamp(r.ReadDateTime(null));
                                    break;
                            }
                        }

                        break;
                    case 1:
                        m.Retries = r.ReadInt(null, 0);
                        break;
                    case 2:
                        m.RetryInterval = r.ReadInt(null, 0);
                        break;
                    case 3:
                        if (log)
                        {
                            m.LogType = r.ReadEnum(null, OcppEnum.LogEnumType);
                        }
                        else if (signed)
                        {
                            m.RequestId = r.ReadInt(null);
                        }
                        else if (diagnostics)
                        {
                            m.StartTime = new UtcTimestamp(r.ReadDateTime(null));
                        }
                        else
                        {
                            m.RetrieveDate = r.ReadDateTime(null);
                        }

                        break;
                    case 4:
                        if (log)
                        {
                            m.RequestId = r.ReadInt(null);
                        }
                        else
                        {
                            m.StopTime = new UtcTimestamp(r.ReadDateTime(null));
                        }

                        break;
                }
            }

            return m;
        }
    }
}
