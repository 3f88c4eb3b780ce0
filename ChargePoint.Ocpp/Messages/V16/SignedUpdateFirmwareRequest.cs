using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SignedUpdateFirmware.req (Security Whitepaper). Wire action <see cref="OcppAction.SignedUpdateFirmware"/>.</summary>
    public sealed class SignedUpdateFirmwareRequest
    {
        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int Retries = Absent.Int;

        /// <summary>Optional, integer (Absent.Int when absent) &gt;= 0.</summary>
        public int RetryInterval = Absent.Int;

        /// <summary>Required, integer.</summary>
        public int RequestId;

        /// <summary>Required FirmwareType.</summary>
        public FirmwareType Firmware;

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
                    m.Firmware = DataTypes.FirmwareType.Parse(r);
                    hasFirmware = true;
                }
            }

            Validate.Required(hasRequestId, "requestId");
            Validate.Required(hasFirmware, "firmware");
            return m;
        }
    }
}
