using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Boot;
using ChargePoint.Ocpp.Model.Clock;
using ChargePoint.Ocpp.Model.Metering;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Rpc;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.RemoteTrigger
{
    /// <summary>
    /// TriggerMessage (RemoteTrigger profile, Spec §5.17). The handler answers first; the requested message is queued
    /// while handling and so goes out after the TriggerMessage.conf (the session writes the answer before it sends
    /// the next CALL). Triggered messages may go out while the registration is Pending.
    /// - BootNotification: Accepted only while not yet Accepted (the next BootNotification is sent at once);
    ///   Rejected once Accepted (Errata 3.35/3.40): a second boot would tell the Central System we rebooted.
    /// - Heartbeat: one Heartbeat; its currentTime sets the clock.
    /// - StatusNotification: the given connector, or connector 0 and every connector when connectorId is absent.
    /// - MeterValues: the current values of MeterValuesSampledData with context Trigger for the given connector
    ///   (or every connector with a meter), with the running transaction's id when it is known. Not journalled.
    /// - DiagnosticsStatusNotification / FirmwareStatusNotification: the status from <see cref="DiagnosticsStatus"/> /
    ///   <see cref="FirmwareStatus"/>, "Idle" while no provider is set.
    /// A connectorId above NumberOfConnectors is Rejected and nothing is sent (OCTT TC_055).
    /// </summary>
    public sealed class RemoteTriggerService
    {
        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly BootService _boot;
        private readonly Connector[] _connectors;
        private readonly TransactionService _transactions;

        public RemoteTriggerService(RpcSession session, OcppClock clock, BootService boot, Connector[] connectors, TransactionService transactions)
        {
            _session = session;
            _clock = clock;
            _boot = boot;
            _connectors = connectors;
            _transactions = transactions;
        }

        /// <summary>Current DiagnosticsStatus (set by the diagnostics service); null means "Idle".</summary>
        public TriggerStatusProvider DiagnosticsStatus;

        /// <summary>Current FirmwareStatus (set by the firmware-management service); null means "Idle".</summary>
        public TriggerStatusProvider FirmwareStatus;

        /// <summary>Handles a TriggerMessage.req: returns the TriggerMessageStatus and queues the message when Accepted.</summary>
        /// <param name="connectorId">Absent.Int when the request has none.</param>
        public string Trigger(string requestedMessage, int connectorId, long nowMs)
        {
            bool any = connectorId == Absent.Int;
            if (!any && connectorId >= _connectors.Length)
            {
                return W.TriggerMessageStatus.Rejected;
            }

            switch (requestedMessage)
            {
                case W.MessageTrigger.BootNotification:
                    return _boot.IsAccepted || !_boot.SendNow() ? W.TriggerMessageStatus.Rejected : W.TriggerMessageStatus.Accepted;
                case W.MessageTrigger.Heartbeat:
                    return Queue(new RequestCall(OcppAction.Heartbeat, new EmptyPayload(), OnHeartbeat, null));
                case W.MessageTrigger.StatusNotification:
                    return TriggerStatus(any ? -1 : connectorId);
                case W.MessageTrigger.MeterValues:
                    return TriggerMeterValues(any ? -1 : connectorId, nowMs);
                case W.MessageTrigger.DiagnosticsStatusNotification:
                    return Queue(new RequestCall(OcppAction.DiagnosticsStatusNotification, new StatusPayload(Current(DiagnosticsStatus)), null, null));
                case W.MessageTrigger.FirmwareStatusNotification:
                    return Queue(new RequestCall(OcppAction.FirmwareStatusNotification, new StatusPayload(Current(FirmwareStatus)), null, null));
                default:
                    return W.TriggerMessageStatus.NotImplemented;
            }
        }

        private static string Current(TriggerStatusProvider provider)
        {
            return provider == null ? "Idle" : provider();
        }

        private string TriggerStatus(int connectorId)
        {
            if (connectorId >= 0)
            {
                return Queue(new TriggeredStatusCall(_connectors[connectorId], _clock));
            }

            for (int i = 0; i < _connectors.Length; i++)
            {
                if (!Enqueue(new TriggeredStatusCall(_connectors[i], _clock)))
                {
                    return i == 0 ? W.TriggerMessageStatus.Rejected : W.TriggerMessageStatus.Accepted;
                }
            }

            return W.TriggerMessageStatus.Accepted;
        }

        private string TriggerMeterValues(int connectorId, long nowMs)
        {
            if (_transactions == null)
            {
                return W.TriggerMessageStatus.NotImplemented;
            }

            MeteringService metering = _transactions.Metering;
            int first = connectorId >= 0 ? connectorId : 0;
            int last = connectorId >= 0 ? connectorId : _connectors.Length - 1;
            long utcMs = _clock.UtcMs(nowMs);
            int queued = 0;
            for (int c = first; c <= last; c++)
            {
                MeterValue value = metering.Sample(c, metering.Settings.SampledData, ReadingContext.Trigger, new CaptureTime(utcMs, 0, nowMs));
                if (value == null)
                {
                    continue;
                }

                var request = new MeterValuesRequest(c, new[] { JournalCall.ToWire(value, utcMs) });
                JournalTransaction tx = c > 0 ? _transactions.RunningTransaction(c) : null;
                if (tx != null && tx.IdState == TransactionIdState.Known)
                {
                    request.TransactionId = tx.TransactionId;
                }

                if (!Enqueue(new RequestCall(OcppAction.MeterValues, request, null, null)))
                {
                    break;
                }

                queued++;
            }

            // A connector without a meter has no current values to send.
            return queued > 0 ? W.TriggerMessageStatus.Accepted : W.TriggerMessageStatus.Rejected;
        }

        private void OnHeartbeat(object result, long nowMs)
        {
            _clock.Set(((HeartbeatResponse)result).CurrentTime, nowMs);
        }

        private string Queue(OutgoingCall call)
        {
            return Enqueue(call) ? W.TriggerMessageStatus.Accepted : W.TriggerMessageStatus.Rejected;
        }

        private bool Enqueue(OutgoingCall call)
        {
            call.AllowedBeforeAccepted = true;
            return _session.Enqueue(call);
        }
    }
}
