using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>A signed firmware image to install (Security Whitepaper, FirmwareType).</summary>
    public sealed class FirmwareType
    {
        /// <summary>Required CiString512.</summary>
        public string Location;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime RetrieveDateTime;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp InstallDateTime;

        /// <summary>Required CiString5500.</summary>
        public string SigningCertificate;

        /// <summary>Required CiString800.</summary>
        public string Signature;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static FirmwareType Parse(JsonReader r)
        {
            var m = new FirmwareType();
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
            return m;
        }
    }
}
