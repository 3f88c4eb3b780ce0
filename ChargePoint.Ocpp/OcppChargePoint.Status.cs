using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Status reporting, part of the composition root (advanced in its Tick; a service type of its own cost the image a
    /// type, a constructor and three fields the charge point already has). StatusNotification is mandatory on every
    /// change (Errata 3.19). Not a queue of history: each connector's current (status, errorCode, info) is compared with
    /// what the Central System last confirmed, and the difference is sent, one call at a time, connector 0 first.
    /// The payload is taken at send time, so a status that changed while offline is reported once, current.
    /// After each BootNotification Accepted every connector is reported again (Errata 3.22).
    /// A CallError or timeout counts as reported (no retry storm); a lost connection does not.
    ///
    /// It also tells the Central System, once per boot, about each stored record that failed its check, when the
    /// storage is a <see cref="StoreHealth"/>: a StatusNotification on connector 0 with errorCode OtherError, the
    /// BootNotification's chargePointVendor as vendorId, vendorErrorCode "JournalCorrupt" (transaction journal) or
    /// "RecordCorrupt:&lt;name&gt;" and info saying what was lost or recovered (CiString50). Sent after the connector-0
    /// status that follows BootNotification.Accepted, one at a time, besides the status reports; a lost connection
    /// sends it again, a CallError does not.
    /// </summary>
    public sealed partial class OcppChargePoint
    {
        /// <summary>Per connector: the last call the Central System answered (null: none, or forgotten); kept by <see cref="StatusCall"/>.</summary>
        internal readonly StatusCall[] ReportedCalls;

        /// <summary>The status call queued or in flight, if any (cleared by its outcome).</summary>
        internal StatusCall StatusInFlight;
        private bool _healthInFlight;
        private int _healthSent; // corrupt-record reports already answered (the index of the next one to send)

        /// <summary>The last status the Central System confirmed for a connector (null if none).</summary>
        public string ReportedStatus(int connectorId)
        {
            StatusCall r = ReportedCalls[connectorId];
            return r == null ? null : r.SentStatus;
        }

        // Called from Tick.
        private void TickStatus(RpcSession session, long nowMs)
        {
            if (session.Gate != RpcSession.GateOpen || !session.IsConnected)
            {
                return;
            }

            Connector[] connectors = Connectors;
            var health = Storage as StoreHealth;
            if (health != null && !_healthInFlight && _healthSent < health.Reports && ReportedStatus(0) != null)
            {
                var request = new StatusNotificationRequest(0, OcppEnum.OtherError, connectors[0].Status);
                request.VendorId = BootNotification.ChargePointVendor;
                string record = health.ReportName(_healthSent);
                request.VendorErrorCode = record.StartsWith("txj.") ? "JournalCorrupt" : Cut("RecordCorrupt:" + record);
                request.Info = Cut(health.ReportDetail(_healthSent));
                if (Clock.IsSet)
                {
                    request.Timestamp = new UtcTimestamp(Clock.Now(nowMs));
                }

                _healthInFlight = session.Enqueue(new OutgoingCall(OcppAction.StatusNotification, request, OnHealthOutcome));
            }

            if (StatusInFlight != null)
            {
                return;
            }

            for (int i = 0; i < connectors.Length; i++)
            {
                var c = connectors[i];
                StatusCall r = ReportedCalls[i];
                if (r == null || r.SentStatus != c.Status || r.SentError != c.ErrorCode || r.SentInfo != c.Info)
                {
                    StatusInFlight = new StatusCall(this, c, false);
                    if (!session.Enqueue(StatusInFlight))
                    {
                        StatusInFlight = null;
                    }

                    return;
                }
            }
        }

        // A lost connection sends the corrupt-record report again; anything else moves on to the next one.
        private void OnHealthOutcome(int failure, object result, long nowMs)
        {
            _healthInFlight = false;
            if (failure != OutgoingCall.Aborted)
            {
                _healthSent++;
            }
        }

        // CiString50.
        private static string Cut(string text)
        {
            return text.Length <= 50 ? text : text.Substring(0, 50);
        }
    }
}
