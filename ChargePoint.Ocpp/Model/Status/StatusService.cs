using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Status
{
    /// <summary>
    /// Reports connector status changes (StatusNotification is mandatory on every change, Errata 3.19).
    /// Not a queue of history: each connector's current (status, errorCode, info) is compared with what the
    /// Central System last confirmed, and the difference is sent, one call at a time, connector 0 first.
    /// The payload is taken at send time, so a status that changed while offline is reported once, current.
    /// After each BootNotification Accepted every connector is reported again (Errata 3.22).
    /// A CallError or timeout counts as reported (no retry storm); a lost connection does not.
    ///
    /// It also tells the Central System, once per boot, about each stored record that failed its check (<see cref="Health"/>,
    /// when set): a StatusNotification on connector 0 with errorCode OtherError, <see cref="HealthVendorId"/>, vendorErrorCode
    /// "JournalCorrupt" (transaction journal) or "RecordCorrupt:&lt;name&gt;" and info saying what was lost or recovered
    /// (CiString50). Sent after the connector-0 status that follows BootNotification.Accepted, one at a time, besides the
    /// status reports; a lost connection sends it again, a CallError does not.
    /// </summary>
    public sealed class StatusService : ITickable
    {
        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly Connector[] _connectors;
        private readonly StatusCall[] _reported; // per connector: the last call the Central System answered (null: none, or forgotten)
        private StatusCall _inFlight;
        private bool _healthInFlight;

        /// <summary>The registry of corrupt records to report (set by the application; null: none reported).</summary>
        public StoreHealth Health;

        /// <summary>vendorId of the corrupt-record reports.</summary>
        public string HealthVendorId;

        /// <summary>Corrupt-record reports already answered by the Central System (the index of the next one to send).</summary>
        public int HealthSent;

        public StatusService(RpcSession session, OcppClock clock, Connector[] connectors)
        {
            _session = session;
            _clock = clock;
            _connectors = connectors;
            _reported = new StatusCall[connectors.Length];
        }

        /// <summary>Forgets what was reported: every connector is sent again (on each BootNotification Accepted).</summary>
        public void ReportAll(long nowMs)
        {
            for (int i = 0; i < _connectors.Length; i++)
            {
                _reported[i] = null;
            }
        }

        /// <summary>The last status the Central System confirmed for a connector (null if none).</summary>
        public string ReportedStatus(int connectorId)
        {
            StatusCall r = _reported[connectorId];
            return r == null ? null : r.SentStatus;
        }

        public void Tick(long nowMs)
        {
            if (_session.Gate != RpcSession.GateOpen || !_session.IsConnected)
            {
                return;
            }

            StoreHealth health = Health;
            if (health != null && !_healthInFlight && HealthSent < health.Names.Count && ReportedStatus(0) != null)
            {
                var request = new StatusNotificationRequest(0, OcppEnum.OtherError, _connectors[0].Status);
                request.VendorId = HealthVendorId;
                string record = (string)health.Names[HealthSent];
                request.VendorErrorCode = record.StartsWith("txj.") ? "JournalCorrupt" : Cut("RecordCorrupt:" + record);
                request.Info = Cut((string)health.Details[HealthSent]);
                if (_clock.IsSet)
                {
                    request.Timestamp = new UtcTimestamp(_clock.Now(nowMs));
                }

                _healthInFlight = _session.Enqueue(new RequestCall(OcppAction.StatusNotification, request, OnHealthOutcome));
            }

            if (_inFlight != null)
            {
                return;
            }

            for (int i = 0; i < _connectors.Length; i++)
            {
                var c = _connectors[i];
                StatusCall r = _reported[i];
                if (r == null || r.SentStatus != c.Status || r.SentError != c.ErrorCode || r.SentInfo != c.Info)
                {
                    _inFlight = new StatusCall(this, c, _clock);
                    if (!_session.Enqueue(_inFlight))
                    {
                        _inFlight = null;
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
                HealthSent++;
            }
        }

        // CiString50.
        private static string Cut(string text)
        {
            return text.Length <= 50 ? text : text.Substring(0, 50);
        }

        internal void Done(StatusCall call, bool reported)
        {
            if (reported)
            {
                _reported[call.Connector.Id] = call;
            }

            if (_inFlight == call)
            {
                _inFlight = null;
            }
        }
    }
}
