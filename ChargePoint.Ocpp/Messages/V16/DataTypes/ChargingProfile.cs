using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>A charging profile (Spec §7.7).</summary>
    public sealed class ChargingProfile : IOcppPayload
    {
        /// <summary>Required, integer.</summary>
        public int ChargingProfileId;

        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int TransactionId = Absent.Int;

        /// <summary>Required, integer &gt;= 0.</summary>
        public int StackLevel;

        /// <summary>Required, one of <see cref="OcppEnum.ChargingProfilePurposeType"/>.</summary>
        public string ChargingProfilePurpose;

        /// <summary>Required, one of <see cref="OcppEnum.ChargingProfileKindType"/>.</summary>
        public string ChargingProfileKind;

        /// <summary>Optional, one of <see cref="OcppEnum.RecurrencyKindType"/>.</summary>
        public string RecurrencyKind;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp ValidFrom;

        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp ValidTo;

        /// <summary>Required ChargingSchedule.</summary>
        public ChargingSchedule ChargingSchedule;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("chargingProfileId", ChargingProfileId);
            w.PropOpt("transactionId", TransactionId);
            w.Prop("stackLevel", StackLevel);
            w.Prop("chargingProfilePurpose", ChargingProfilePurpose);
            w.Prop("chargingProfileKind", ChargingProfileKind);
            w.PropOpt("recurrencyKind", RecurrencyKind);
            w.PropOpt("validFrom", ValidFrom);
            w.PropOpt("validTo", ValidTo);
            w.PropertyName("chargingSchedule");
            ChargingSchedule.WriteTo(w);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChargingProfile Parse(JsonReader r)
        {
            var m = new ChargingProfile();
            bool hasChargingProfileId = false;
            bool hasStackLevel = false;
            bool hasChargingProfilePurpose = false;
            bool hasChargingProfileKind = false;
            bool hasChargingSchedule = false;
            r.ReadStartObject("ChargingProfile");
            while (r.NextProperty())
            {
                if (r.NameIs("chargingProfileId"))
                {
                    m.ChargingProfileId = r.ReadInt(null);
                    hasChargingProfileId = true;
                }
                else if (r.NameIs("transactionId"))
                {
                    m.TransactionId = r.ReadInt(null);
                }
                else if (r.NameIs("stackLevel"))
                {
                    m.StackLevel = r.ReadInt(null, 0);
                    hasStackLevel = true;
                }
                else if (r.NameIs("chargingProfilePurpose"))
                {
                    m.ChargingProfilePurpose = r.ReadEnum(null, DataTypes.OcppEnum.ChargingProfilePurposeType);
                    hasChargingProfilePurpose = true;
                }
                else if (r.NameIs("chargingProfileKind"))
                {
                    m.ChargingProfileKind = r.ReadEnum(null, DataTypes.OcppEnum.ChargingProfileKindType);
                    hasChargingProfileKind = true;
                }
                else if (r.NameIs("recurrencyKind"))
                {
                    m.RecurrencyKind = r.ReadEnum(null, DataTypes.OcppEnum.RecurrencyKindType);
                }
                else if (r.NameIs("validFrom"))
                {
                    m.ValidFrom = r.ReadTimestamp(null);
                }
                else if (r.NameIs("validTo"))
                {
                    m.ValidTo = r.ReadTimestamp(null);
                }
                else if (r.NameIs("chargingSchedule"))
                {
                    m.ChargingSchedule = DataTypes.ChargingSchedule.Parse(r);
                    hasChargingSchedule = true;
                }
            }

            Validate.Required(hasChargingProfileId, "chargingProfileId");
            Validate.Required(hasStackLevel, "stackLevel");
            Validate.Required(hasChargingProfilePurpose, "chargingProfilePurpose");
            Validate.Required(hasChargingProfileKind, "chargingProfileKind");
            Validate.Required(hasChargingSchedule, "chargingSchedule");
            return m;
        }
    }
}
