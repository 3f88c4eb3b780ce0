using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every payload of OCPP 1.6 whose only field is the required <c>status</c> (Spec §6): the .conf of Reset,
    /// ClearCache, ChangeAvailability, RemoteStart/StopTransaction, UnlockConnector and the other status answers,
    /// Firmware/DiagnosticsStatusNotification.req; with the optional <see cref="RequestId"/>, the Security Whitepaper's
    /// LogStatusNotification.req and SignedFirmwareStatusNotification.req; with the optional string <see cref="Text"/>,
    /// GetLog.conf and DataTransfer.conf; with <see cref="CertificateHashData"/>, GetInstalledCertificateIds.conf; with <see cref="ConnectorId"/>,
    /// <see cref="ScheduleStart"/> and <see cref="ChargingSchedule"/>, GetCompositeSchedule.conf. One type for all; the action's enumeration
    /// is passed to <see cref="Parse"/> (the <c>All</c> of its table in <c>DataTypes/</c>).
    /// </summary>
    public sealed class StatusPayload : IOcppPayload
    {
        public StatusPayload(string status)
        {
            Status = status;
        }

        /// <summary>Required, one of the action's status table.</summary>
        public string Status;

        /// <summary>Optional integer (LogStatusNotification, SignedFirmwareStatusNotification); <see cref="Absent.Int"/> when absent (every other action).</summary>
        public int RequestId = Absent.Int;

        /// <summary>
        /// The name of the optional string field of GetLog.conf ("filename") and DataTransfer.conf ("data"), null for
        /// every other action: one type for those two as well (a type each cost the image ~130 bytes).
        /// </summary>
        public string TextName;

        /// <summary>That field's value; null when absent (then omitted).</summary>
        public string Text;

        /// <summary>
        /// GetInstalledCertificateIds.conf: the optional certificateHashData (null: omitted), written before the status
        /// as that .conf always was; null for every other action.
        /// </summary>
        public DataTypes.CertificateHashDataType[] CertificateHashData;

        /// <summary>
        /// GetCompositeSchedule.conf: the optional connectorId (<see cref="Absent.Int"/>: omitted), scheduleStart and
        /// chargingSchedule (null: omitted), written after the status; absent in every other action (a type of its own
        /// cost the image ~170 bytes).
        /// </summary>
        public int ConnectorId = Absent.Int;

        public UtcTimestamp ScheduleStart;

        public DataTypes.ChargingSchedule ChargingSchedule;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.PropArray(Key.CertificateHashData, CertificateHashData);
            w.Prop(Key.Status, Status);
            w.Prop(Key.ConnectorId, ConnectorId);
            w.Prop("scheduleStart", ScheduleStart);
            if (ChargingSchedule != null)
            {
                w.PropertyName(Key.ChargingSchedule);
                ChargingSchedule.WriteTo(w);
            }

            w.Prop(Key.RequestId, RequestId);
            w.Prop(TextName, Text);
            w.EndObject();
        }

        /// <summary>Parses and validates against <paramref name="table"/>; the reader stands at the object.</summary>
        public static StatusPayload Parse(JsonReader r, string table)
        {
            var m = new StatusPayload(string.Empty);
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.Status, 1)) >= 0;)
            {
                if (k == 0)
                {
                    m.Status = r.ReadEnum(null, table);
                }
            }

            return m;
        }
    }
}
