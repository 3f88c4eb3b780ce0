using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>BootNotification.req (Spec §6). Wire action <see cref="OcppAction.BootNotification"/>.</summary>
    public sealed class BootNotificationRequest : IOcppPayload
    {
        public BootNotificationRequest(string chargePointVendor, string chargePointModel)
        {
            ChargePointVendor = chargePointVendor;
            ChargePointModel = chargePointModel;
        }

        /// <summary>Required CiString20.</summary>
        public string ChargePointVendor;

        /// <summary>Required CiString20.</summary>
        public string ChargePointModel;

        /// <summary>Optional CiString25.</summary>
        public string ChargePointSerialNumber;

        /// <summary>Optional CiString25.</summary>
        public string ChargeBoxSerialNumber;

        /// <summary>Optional CiString50.</summary>
        public string FirmwareVersion;

        /// <summary>Optional CiString20.</summary>
        public string Iccid;

        /// <summary>Optional CiString20.</summary>
        public string Imsi;

        /// <summary>Optional CiString25.</summary>
        public string MeterType;

        /// <summary>Optional CiString25.</summary>
        public string MeterSerialNumber;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("chargePointVendor", ChargePointVendor);
            w.Prop("chargePointModel", ChargePointModel);
            w.Prop("chargePointSerialNumber", ChargePointSerialNumber);
            w.Prop("chargeBoxSerialNumber", ChargeBoxSerialNumber);
            w.Prop("firmwareVersion", FirmwareVersion);
            w.Prop("iccid", Iccid);
            w.Prop("imsi", Imsi);
            w.Prop("meterType", MeterType);
            w.Prop("meterSerialNumber", MeterSerialNumber);
            w.EndObject();
        }
    }
}
