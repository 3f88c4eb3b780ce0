using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// DataTransfer.req (Spec §6). Wire action <see cref="OcppAction.DataTransfer"/>. The charger only receives it (it
    /// sends no DataTransfer), so its writer is the Central System side's (CentralSystemWriter), outside the image.
    /// </summary>
    public sealed class DataTransferRequest
    {
        /// <summary>Required CiString255.</summary>
        public string VendorId;

        /// <summary>Optional CiString50.</summary>
        public string MessageId;

        /// <summary>Optional string (no length limit in the schema).</summary>
        public string Data;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static DataTransferRequest Parse(JsonReader r)
        {
            var m = new DataTransferRequest();
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.VendorId + Key.MessageId + Key.Data, 1)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.VendorId = r.ReadString(null, 255);
                        break;
                    case 1:
                        m.MessageId = r.ReadString(null, 50);
                        break;
                    case 2:
                        m.Data = r.ReadString(null);
                        break;
                }
            }

            return m;
        }
    }
}
