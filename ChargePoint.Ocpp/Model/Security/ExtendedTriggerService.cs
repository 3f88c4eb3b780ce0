using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Firmware;
using ChargePoint.Ocpp.Model.RemoteTrigger;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Security
{
    /// <summary>
    /// ExtendedTriggerMessage (Security Whitepaper §4.6). BootNotification, Heartbeat, MeterValues and StatusNotification
    /// behave exactly as TriggerMessage (<see cref="RemoteTriggerService"/>, which also queues the message after the answer).
    /// FirmwareStatusNotification sends SignedFirmwareStatusNotification (the whitepaper's mapping) with the current
    /// firmware status; LogStatusNotification the GetLog status (with its requestId while Uploading).
    /// SignChargePointCertificate goes to <see cref="SignChargePointCertificate"/> (the certificate feature, in its own
    /// assembly); without it NotImplemented, as the whitepaper allows.
    /// Without a RemoteTriggerService only LogStatusNotification is implemented.
    /// </summary>
    public sealed class ExtendedTriggerService
    {
        private readonly RpcSession _session;
        private readonly RemoteTriggerService _trigger;
        private readonly LogService _logs;
        private readonly int _connectorCount;

        public ExtendedTriggerService(RpcSession session, RemoteTriggerService trigger, LogService logs, int connectorCount)
        {
            _session = session;
            _trigger = trigger;
            _logs = logs;
            _connectorCount = connectorCount;
        }

        /// <summary>Starts the SignCertificate flow (set by the certificate feature); null: SignChargePointCertificate is NotImplemented.</summary>
        public CertificateSigningTrigger SignChargePointCertificate;

        /// <summary>While a SignedUpdateFirmware runs, the triggered status carries its requestId (set by the signed-firmware feature).</summary>
        public FirmwareStatusCallFactory SignedFirmwareStatus;

        /// <summary>Returns a TriggerMessageStatus string; the message is queued when Accepted.</summary>
        /// <param name="connectorId">Absent.Int when the request has none.</param>
        public string Trigger(string requestedMessage, int connectorId, long nowMs)
        {
            if (connectorId != Absent.Int && connectorId > _connectorCount)
            {
                return TriggerMessageStatusEnumType.Rejected;
            }

            switch (requestedMessage)
            {
                case MessageTriggerEnumType.LogStatusNotification:
                    var log = new StatusPayload(_logs.Status);
                    log.RequestId = _logs.RequestId;
                    return Queue(new RequestCall(OcppAction.LogStatusNotification, log, null, null));
                case MessageTriggerEnumType.FirmwareStatusNotification:
                    if (_trigger == null)
                    {
                        return TriggerMessageStatusEnumType.NotImplemented;
                    }

                    string status = _trigger.FirmwareStatus == null ? FirmwareStatusEnumType.Idle : _trigger.FirmwareStatus();
                    RequestCall signed = SignedFirmwareStatus != null ? SignedFirmwareStatus(status, null, null) : null;
                    return Queue(signed ?? new RequestCall(OcppAction.SignedFirmwareStatusNotification, new StatusPayload(status), null, null));
                case MessageTriggerEnumType.BootNotification:
                case MessageTriggerEnumType.Heartbeat:
                case MessageTriggerEnumType.MeterValues:
                case MessageTriggerEnumType.StatusNotification:
                    // The names and the status strings are the same as TriggerMessage's.
                    return _trigger == null ? TriggerMessageStatusEnumType.NotImplemented : _trigger.Trigger(requestedMessage, connectorId, nowMs);
                case MessageTriggerEnumType.SignChargePointCertificate:
                    return SignChargePointCertificate == null ? TriggerMessageStatusEnumType.NotImplemented : SignChargePointCertificate(nowMs);
                default:
                    return TriggerMessageStatusEnumType.NotImplemented;
            }
        }

        private string Queue(OutgoingCall call)
        {
            call.AllowedBeforeAccepted = true; // a triggered message may go out while Pending
            return _session.Enqueue(call) ? TriggerMessageStatusEnumType.Accepted : TriggerMessageStatusEnumType.Rejected;
        }
    }
}
