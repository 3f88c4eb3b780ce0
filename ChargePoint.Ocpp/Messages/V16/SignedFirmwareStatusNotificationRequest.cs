using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SignedFirmwareStatusNotification.req (Security Whitepaper). Wire action <see cref="OcppAction.SignedFirmwareStatusNotification"/>.</summary>
    public sealed class SignedFirmwareStatusNotificationRequest : IOcppPayload
    {
        public SignedFirmwareStatusNotificationRequest()
        {
        }

        public SignedFirmwareStatusNotificationRequest(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of <see cref="FirmwareStatusEnumType"/>.</summary>
        public string Status = string.Empty;

        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int RequestId = Absent.Int;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("status", Status);
            w.PropOpt("requestId", RequestId);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SignedFirmwareStatusNotificationRequest Parse(JsonReader r)
        {
            var m = new SignedFirmwareStatusNotificationRequest();
            bool hasStatus = false;
            r.ReadStartObject("SignedFirmwareStatusNotificationRequest");
            while (r.NextProperty())
            {
                if (r.NameIs("status"))
                {
                    m.Status = r.ReadString("status");
                    Validate.Enum(DataTypes.FirmwareStatusEnumType.IsValid(m.Status), "status", m.Status);
                    hasStatus = true;
                }
                else if (r.NameIs("requestId"))
                {
                    m.RequestId = r.ReadInt("requestId");
                }
                else
                {
                    r.SkipValue();
                }
            }

            Validate.Required(hasStatus, "status");
            return m;
        }
    }
}
