using ChargePoint.Ocpp.Json;

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
            w.Prop(Key.ChargingProfileId, ChargingProfileId);
            w.Prop(Key.TransactionId, TransactionId);
            w.Prop(Key.StackLevel, StackLevel);
            w.Prop(Key.ChargingProfilePurpose, ChargingProfilePurpose);
            w.Prop(Key.ChargingProfileKind, ChargingProfileKind);
            w.Prop(Key.RecurrencyKind, RecurrencyKind);
            w.Prop(Key.ValidFrom, ValidFrom);
            w.Prop(Key.ValidTo, ValidTo);
            w.PropertyName(Key.ChargingSchedule);
            ChargingSchedule.WriteTo(w);
            w.EndObject();
        }

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static ChargingProfile Parse(JsonReader r)
        {
            var m = new ChargingProfile();
            r.ReadStartObject(null); // the value of the property just read: its name in errors
            for (int k; (k = r.NextKey(Key.ChargingProfileId + Key.StackLevel + Key.ChargingProfilePurpose + Key.ChargingProfileKind + Key.ChargingSchedule + Key.TransactionId + Key.RecurrencyKind + Key.ValidFrom + Key.ValidTo, 0b11111)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.ChargingProfileId = r.ReadInt(null);
                        break;
                    case 1:
                        m.StackLevel = r.ReadInt(null, 0);
                        break;
                    case 2:
                        m.ChargingProfilePurpose = r.ReadEnum(null, DataTypes.OcppEnum.ChargingProfilePurposeType);
                        break;
                    case 3:
                        m.ChargingProfileKind = r.ReadEnum(null, DataTypes.OcppEnum.ChargingProfileKindType);
                        break;
                    case 4:
                        m.ChargingSchedule = DataTypes.ChargingSchedule.Parse(r);
                        break;
                    case 5:
                        m.TransactionId = r.ReadInt(null);
                        break;
                    case 6:
                        m.RecurrencyKind = r.ReadEnum(null, DataTypes.OcppEnum.RecurrencyKindType);
                        break;
                    case 7:
                        m.ValidFrom = new UtcTimestamp(r.ReadDateTime(null));
                        break;
                    case 8:
                        m.ValidTo = new UtcTimestamp(r.ReadDateTime(null));
                        break;
                }
            }

            return m;
        }
    }
}
