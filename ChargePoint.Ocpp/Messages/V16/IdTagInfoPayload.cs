using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Authorize.conf, StopTransaction.conf and StartTransaction.conf (Spec §6): the same data, the field idTagInfo
    /// (required in Authorize.conf and StartTransaction.conf, optional in StopTransaction.conf), plus the
    /// transactionId of a StartTransaction.conf (<see cref="Parse"/> is told which). One type for the three.
    /// </summary>
    public sealed class IdTagInfoPayload
    {
        /// <summary>The idTagInfo; null only when absent from a StopTransaction.conf.</summary>
        public IdTagInfo IdTagInfo;

        /// <summary>StartTransaction.conf: required integer; <see cref="Absent.Int"/> in the other two.</summary>
        public int TransactionId = Absent.Int;

        /// <summary>
        /// Parses and validates; the reader stands at the object. <paramref name="start"/>: a StartTransaction.conf
        /// (transactionId known and required); otherwise idTagInfo is required when <paramref name="required"/>.
        /// </summary>
        public static IdTagInfoPayload Parse(JsonReader r, bool required, bool start)
        {
            var m = new IdTagInfoPayload();
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.IdTagInfo + Key.TransactionId, start ? 0b11 : required ? 1 : 0)) >= 0;)
            {
                if (k == 0)
                {
                    m.IdTagInfo = IdTagInfo.Parse(r);
                }
                else if (k == 1 && start)
                {
                    m.TransactionId = r.ReadInt(null);
                }
            }

            return m;
        }
    }
}
