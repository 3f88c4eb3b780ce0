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
            bool hasRequestId = false;
            bool hasFirmware = false;
            r.ReadStartObject("SignedUpdateFirmwareRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("retries"))
                {
                    m.Retries = r.ReadInt(null, 0);
                }
                else if (r.NameIs("retryInterval"))
                {
                    m.RetryInterval = r.ReadInt(null, 0);
                }
                else if (r.NameIs("requestId"))
                {
                    m.RequestId = r.ReadInt(null);
                    hasRequestId = true;
                }
                else if (r.NameIs("firmware"))
                {
                    bool hasLocation = false;
                    bool hasRetrieveDateTime = false;
                    bool hasSigningCertificate = false;
                    bool hasSignature = false;
                    r.ReadStartObject("FirmwareType");
                    while (r.NextProperty())
                    {
                        if (r.NameIs("location"))
                        {
                            m.Location = r.ReadString(null, 512);
                            hasLocation = true;
                        }
                        else if (r.NameIs("retrieveDateTime"))
                        {
                            m.RetrieveDateTime = r.ReadDateTime(null);
                            hasRetrieveDateTime = true;
                        }
                        else if (r.NameIs("installDateTime"))
                        {
                            m.InstallDateTime = r.ReadTimestamp(null);
                        }
                        else if (r.NameIs("signingCertificate"))
                        {
                            m.SigningCertificate = r.ReadString(null, 5500);
                            hasSigningCertificate = true;
                        }
                        else if (r.NameIs("signature"))
                        {
                            m.Signature = r.ReadString(null, 800);
                            hasSignature = true;
                        }
                    }

                    Validate.Required(hasLocation, "location");
                    Validate.Required(hasRetrieveDateTime, "retrieveDateTime");
                    Validate.Required(hasSigningCertificate, "signingCertificate");
                    Validate.Required(hasSignature, "signature");
                    hasFirmware = true;
                }
            }

            Validate.Required(hasRequestId, "requestId");
            Validate.Required(hasFirmware, "firmware");
            return m;
        }
    }
}
