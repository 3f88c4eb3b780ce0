using System;
using ChargePoint.Ocpp.Json;

// Moved from the image as it was (non-nullable annotations are this project's; the image has none).
#nullable disable
namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StartTransaction.req (Spec §6). Only the Central System direction reads it (the charger writes it in JournalMessage.WritePayload), so it lives outside the image. Wire action <see cref="OcppAction.StartTransaction"/>.</summary>
    public sealed class StartTransactionRequest : IOcppPayload
    {
        public StartTransactionRequest(int connectorId, string idTag, int meterStart, DateTime timestamp)
        {
            ConnectorId = connectorId;
            IdTag = idTag;
            MeterStart = meterStart;
            Timestamp = timestamp;
        }

        /// <summary>Required, integer &gt;= 1.</summary>
        public int ConnectorId;

        /// <summary>Required CiString20.</summary>
        public string IdTag;

        /// <summary>Required, integer.</summary>
        public int MeterStart;

        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int ReservationId = Absent.Int;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.ConnectorId, ConnectorId);
            w.Prop(Key.IdTag, IdTag);
            w.Prop("meterStart", MeterStart);
            w.Prop(Key.ReservationId, ReservationId);
            w.Prop("timestamp", Timestamp);
            w.EndObject();
        }
    }
}
