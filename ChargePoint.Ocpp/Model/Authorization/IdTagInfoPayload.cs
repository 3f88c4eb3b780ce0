using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// An idTagInfo with what comes with it: Authorize.conf, StopTransaction.conf and StartTransaction.conf (Spec §6),
    /// the field idTagInfo (required in Authorize.conf and StartTransaction.conf, optional in StopTransaction.conf) plus
    /// the transactionId of a StartTransaction.conf; and an AuthorizationData, one entry of SendLocalList.req's list
    /// (Spec §7.2): the required idTag and an optional idTagInfo (none in a Differential update means "remove this
    /// idTag"). <see cref="Parse"/> is told which. One type for the four (a type each cost the image ~200 bytes).
    /// </summary>
    public sealed class IdTagInfoPayload
    {
        /// <summary>The idTagInfo, as the local list and the cache keep it; null only when absent (a StopTransaction.conf, an AuthorizationData).</summary>
        public IdTagInfo IdTagInfo;

        /// <summary>StartTransaction.conf: required integer; <see cref="Absent.Int"/> in the others.</summary>
        public int TransactionId = Absent.Int;

        /// <summary>AuthorizationData: required CiString20; null in the .conf messages.</summary>
        public string IdTag;

        /// <summary>
        /// Parses and validates; the reader stands at the object. <paramref name="entry"/>: an AuthorizationData (idTag
        /// required); <paramref name="start"/>: a StartTransaction.conf (transactionId known and required); otherwise
        /// idTagInfo is required when <paramref name="required"/>.
        /// </summary>
        public static IdTagInfoPayload Parse(JsonReader r, bool required, bool start, bool entry)
        {
            var m = new IdTagInfoPayload();
            r.ReadStartObject(entry ? "AuthorizationData" : "payload");
            for (int k; (k = r.NextKey(Key.IdTagInfo + Key.TransactionId + Key.IdTag, entry ? 0b100 : start ? 0b11 : required ? 1 : 0)) >= 0;)
            {
                if (k == 0)
                {
                    m.IdTagInfo = ParseIdTagInfo(r);
                }
                else if (k == 1 && start)
                {
                    m.TransactionId = r.ReadInt(null);
                }
                else if (k == 2 && entry)
                {
                    m.IdTag = r.ReadString(null, 20);
                }
            }

            return m;
        }

        /// <summary>
        /// Parses and validates an IdTagInfo (Spec §7.14: status required, one of <see cref="OcppEnum.AuthorizationStatus"/>;
        /// optional expiryDate and parentIdTag, CiString20) into the model's form: the status's code, the expiry in ms
        /// (0 when absent), the parent. The reader stands at the object (the value of the property just read: its name in errors).
        /// </summary>
        public static IdTagInfo ParseIdTagInfo(JsonReader r)
        {
            int status = 0;
            long expiryUtcMs = 0;
            string parentIdTag = null;
            r.ReadStartObject(null);
            for (int k; (k = r.NextKey(Key.Status + Key.ExpiryDate + Key.ParentIdTag, 1)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        // The codes follow the table's order: Accepted is 1.
                        status = Validate.Ordinal(OcppEnum.AuthorizationStatus, ' ', r.ReadEnum(null, OcppEnum.AuthorizationStatus)) + 1;
                        break;
                    case 1:
                        expiryUtcMs = CaptureTime.ToMs(r.ReadDateTime(null));
                        break;
                    case 2:
                        parentIdTag = r.ReadString(null, 20);
                        break;
                }
            }

            return new IdTagInfo(status, expiryUtcMs, parentIdTag);
        }
    }
}
