using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Rpc;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp
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
    /// - DiagnosticsStatusNotification / FirmwareStatusNotification: the Status of <see cref="Diagnostics"/> /
    ///   <see cref="Firmware"/>, "Idle" while none is set.
    /// A connectorId above NumberOfConnectors is Rejected and nothing is sent (OCTT TC_055).
    /// <see cref="Trigger"/> serves ExtendedTriggerMessage (Security Whitepaper §4.6) too, with the same messages.
    /// Part of the composition root (a service type of its own cost the image a type, a constructor and a field for the
    /// charge point it read everything from); <see cref="AddRemoteTrigger"/> installs the profile.
    /// </summary>
    public sealed partial class OcppChargePoint
    {
        public const string RemoteTriggerProfile = "RemoteTrigger";

        /// <summary>
        /// Adds the RemoteTrigger profile: registers TriggerMessage and lists RemoteTrigger in SupportedFeatureProfiles.
        /// MeterValues are taken from <see cref="Transactions"/> (none set: NotImplemented).
        /// </summary>
        public void AddRemoteTrigger()
        {
            Session.Register(OcppAction.TriggerMessage, this);
            CoreConfiguration.AddFeatureProfile(Configuration, RemoteTriggerProfile);
        }

        /// <summary>Triggered DiagnosticsStatusNotification reports its Status (set with FirmwareManagement); null: "Idle".</summary>
        public DiagnosticsService Diagnostics;

        /// <summary>Triggered (Signed)FirmwareStatusNotification reports its Status (set with FirmwareManagement); null: "Idle".</summary>
        public FirmwareService Firmware;

        /// <summary>ExtendedTriggerMessage's LogStatusNotification reports the GetLog status (set by <see cref="SecurityService"/>).</summary>
        public DiagnosticsService Logs;

        /// <summary>ExtendedTriggerMessage(SignChargePointCertificate) is Accepted (set by the certificate feature when it can make a key pair); false: NotImplemented.</summary>
        public bool CanSignCertificate;

        /// <summary>
        /// Set by an accepted ExtendedTriggerMessage(SignChargePointCertificate) (or a renewal): the certificate feature sends
        /// the SignCertificate.req from its Tick and clears it (flags rather than a delegate type or an interface of its own).
        /// </summary>
        public bool SignCertificateWanted;

        /// <summary>
        /// Handles a TriggerMessage.req, or (extended) an ExtendedTriggerMessage.req: returns the TriggerMessageStatus
        /// and queues the message when Accepted. ExtendedTriggerMessage (Security Whitepaper §4.6): BootNotification,
        /// Heartbeat, MeterValues and StatusNotification as TriggerMessage (the status strings are the same);
        /// FirmwareStatusNotification sends SignedFirmwareStatusNotification (the whitepaper's mapping);
        /// LogStatusNotification the GetLog status (with its requestId while Uploading); SignChargePointCertificate sets
        /// <see cref="SignCertificateWanted"/> (NotImplemented without <see cref="CanSignCertificate"/>, as the whitepaper allows). The parser
        /// admits only the messages of the request's own list (MessageTrigger or MessageTriggerEnumType). One method for
        /// both requests: they share everything but these cases.
        /// </summary>
        /// <param name="connectorId">Absent.Int when the request has none.</param>
        public string Trigger(string requestedMessage, int connectorId, bool extended, long nowMs)
        {
            Connector[] connectors = Connectors;
            bool any = connectorId == Absent.Int;
            if (!any && connectorId >= connectors.Length)
            {
                return W.OcppEnum.Rejected;
            }

            // The connectors asked for: the given one, or connector 0 and every connector.
            int first = any ? 0 : connectorId;
            int last = any ? connectors.Length - 1 : connectorId;
            // The place in MessageTrigger picks the case: an int switch, smaller than a string switch's compares.
            switch (Validate.Ordinal(W.OcppEnum.MessageTrigger, ' ', requestedMessage))
            {
                case 0: // BootNotification
                    return IsAccepted || !SendNow() ? W.OcppEnum.Rejected : W.OcppEnum.Accepted;
                case 3: // Heartbeat
                    return Queue(new OutgoingCall(OcppAction.Heartbeat, new EmptyPayload(), OnTriggeredHeartbeat));
                case 5: // StatusNotification
                    for (int c = first; c <= last; c++)
                    {
                        if (!Enqueue(new StatusCall(this, connectors[c], true)))
                        {
                            return c == first ? W.OcppEnum.Rejected : W.OcppEnum.Accepted;
                        }
                    }

                    return W.OcppEnum.Accepted;
                case 4: // MeterValues
                    TransactionService transactions = Transactions;
                    if (transactions == null)
                    {
                        return W.OcppEnum.NotImplemented;
                    }

                    long utcMs = Clock.UtcMs(nowMs);
                    int queued = 0;
                    for (int c = first; c <= last; c++)
                    {
                        IMeter meter = transactions.Meter(c);
                        MeterValue value = meter == null ? null : TransactionService.Sample(meter, transactions.SampledData, ReadingContext.Trigger, new CaptureTime(utcMs, 0, nowMs));
                        if (value == null)
                        {
                            continue;
                        }

                        var request = new MeterValuesRequest(c, new[] { JournalMessage.ToWire(value, utcMs) });
                        JournalTransaction tx = c > 0 ? transactions.RunningTransaction(c) : null;
                        if (tx != null && tx.IdState == JournalTransaction.IdKnown)
                        {
                            request.TransactionId = tx.TransactionId;
                        }

                        if (!Enqueue(new OutgoingCall(OcppAction.MeterValues, request, null)))
                        {
                            break;
                        }

                        queued++;
                    }

                    // A connector without a meter has no current values to send.
                    return queued > 0 ? W.OcppEnum.Accepted : W.OcppEnum.Rejected;
                case 1: // DiagnosticsStatusNotification
                    return Queue(new OutgoingCall(OcppAction.DiagnosticsStatusNotification, new StatusPayload(Diagnostics == null ? W.OcppEnum.Idle : Diagnostics.Status), null));
                case 2: // FirmwareStatusNotification
                    string status = Firmware == null ? W.OcppEnum.Idle : Firmware.Status;
                    // Extended: while a SignedUpdateFirmware runs, the status carries its requestId (the firmware's check builds it).
                    OutgoingCall signed = extended && Firmware != null && Firmware.Check != null ? Firmware.Check.StatusCall(status, null) : null;
                    return Queue(signed ?? new OutgoingCall(extended ? OcppAction.SignedFirmwareStatusNotification : OcppAction.FirmwareStatusNotification, new StatusPayload(status), null));
            }

            if (requestedMessage == W.OcppEnum.LogStatusNotification)
            {
                var log = new StatusPayload(Logs.Status);
                log.RequestId = Logs.RequestId;
                return Queue(new OutgoingCall(OcppAction.LogStatusNotification, log, null));
            }

            if (requestedMessage == W.OcppEnum.SignChargePointCertificate)
            {
                if (!CanSignCertificate)
                {
                    return W.OcppEnum.NotImplemented;
                }

                SignCertificateWanted = true;
                return W.OcppEnum.Accepted;
            }

            return W.OcppEnum.NotImplemented;
        }

        private void OnTriggeredHeartbeat(int failure, object result, long nowMs)
        {
            if (failure == OutgoingCall.Answered)
            {
                Clock.Set(((BootNotificationResponse)result).CurrentTime, nowMs);
            }
        }

        private string Queue(OutgoingCall call)
        {
            return Enqueue(call) ? W.OcppEnum.Accepted : W.OcppEnum.Rejected;
        }

        // A triggered message may go out while the registration is Pending.
        private bool Enqueue(OutgoingCall call)
        {
            call.AllowedBeforeAccepted = true;
            return Session.Enqueue(call);
        }
    }
}
