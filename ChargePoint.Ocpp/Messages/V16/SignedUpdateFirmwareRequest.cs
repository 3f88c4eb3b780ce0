using System;
using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// SignedUpdateFirmware.req (Security Whitepaper). Wire action <see cref="OcppAction.SignedUpdateFirmware"/>. Its
    /// required <c>firmware</c> object (FirmwareType) is read into the fields from <see cref="Location"/> on: a type of
    /// its own would cost the image a class for data only this request carries.
    /// </summary>
    public sealed class SignedUpdateFirmwareRequest
    {
        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int Retries = Absent.Int;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int RetryInterval = Absent.Int;

        /// <summary>Required, integer.</summary>
        public int RequestId;

        /// <summary>firmware.location: required CiString512.</summary>
        public string Location;

        /// <summary>firmware.retrieveDateTime: required UTC dateTime.</summary>
        public DateTime RetrieveDateTime;

        /// <summary>firmware.installDateTime: optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp InstallDateTime;

        /// <summary>firmware.signingCertificate: required CiString5500.</summary>
        public string SigningCertificate;

        /// <summary>firmware.signature: required CiString800.</summary>
        public string Signature;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SignedUpdateFirmwareRequest Parse(JsonReader r)
        {
            var m = new SignedUpdateFirmwareRequest();
            r.ReadStartObject("SignedUpdateFirmwareRequest");
            for (int k; (k = r.NextKey(Key.RequestId + Key.Firmware + Key.Retries + Key.RetryInterval, 0b11)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.RequestId = r.ReadInt(null);
                        break;
                    case 1:
                        r.ReadStartObject("FirmwareType");
                        for (int f; (f = r.NextKey(Key.Location + Key.RetrieveDateTime + Key.SigningCertificate + Key.Signature + Key.InstallDateTime, 0b1111)) >= 0;)
                        {
                            switch (f)
                            {
                                case 0:
                                    m.Location = r.ReadString(null, 512);
                                    break;
                                case 1:
                                    m.RetrieveDateTime = r.ReadDateTime(null);
                                    break;
                                case 2:
                                    m.SigningCertificate = r.ReadString(null, 5500);
                                    break;
                                case 3:
                                    m.Signature = r.ReadString(null, 800);
                                    break;
                                case 4:
                                    m.InstallDateTime = r.ReadTimestamp(null);
                                    break;
                            }
                        }

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
