using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>StopTransaction.req reason (absent means Local): the spec's strings. Only the Central System direction reads them (the charger writes Model.Transactions.StopReason), so they live outside the image.</summary>
    public static class Reason
    {
        public const string EmergencyStop = "EmergencyStop";

        public const string EVDisconnected = "EVDisconnected";

        public const string HardReset = "HardReset";

        public const string Local = "Local";

        public const string Other = "Other";

        public const string PowerLoss = "PowerLoss";

        public const string Reboot = "Reboot";

        public const string Remote = "Remote";

        public const string SoftReset = "SoftReset";

        public const string UnlockCommand = "UnlockCommand";

        public const string DeAuthorized = "DeAuthorized";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = EmergencyStop + " " + EVDisconnected + " " + HardReset + " " + Local + " " + Other
            + " " + PowerLoss + " " + Reboot + " " + Remote + " " + SoftReset + " " + UnlockCommand
            + " " + DeAuthorized;
    }
}

// Moved from the image as they were (non-nullable annotations are this project's; the image has none).
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

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>StopTransaction.req (Spec §6). Only the Central System direction reads it (the charger writes it in JournalMessage.WritePayload), so it lives outside the image. Wire action <see cref="OcppAction.StopTransaction"/>.</summary>
    public sealed class StopTransactionRequest : IOcppPayload
    {
        public StopTransactionRequest(int meterStop, DateTime timestamp, int transactionId)
        {
            MeterStop = meterStop;
            Timestamp = timestamp;
            TransactionId = transactionId;
        }

        /// <summary>Optional CiString20.</summary>
        public string IdTag;

        /// <summary>Required, integer.</summary>
        public int MeterStop;

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Required, integer.</summary>
        public int TransactionId;

        /// <summary>Optional, one of <see cref="Reason"/>.</summary>
        public string Reason;

        /// <summary>Optional list of MeterValue.</summary>
        public MeterValue[] TransactionData;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.IdTag, IdTag);
            w.Prop("meterStop", MeterStop);
            w.Prop("timestamp", Timestamp);
            w.Prop(Key.TransactionId, TransactionId);
            w.Prop("reason", Reason);
            w.PropArray("transactionData", TransactionData);
            w.EndObject();
        }
    }
}
