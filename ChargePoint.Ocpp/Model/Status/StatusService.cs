using ChargePoint.Ocpp.Model;
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
    /// </summary>
    public sealed class StatusService : ITickable
    {
        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly Connector[] _connectors;
        private readonly StatusCall[] _reported; // per connector: the last call the Central System answered (null: none, or forgotten)
        private StatusCall _inFlight;

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
            if (_inFlight != null || _session.Gate != RpcSession.GateOpen || !_session.IsConnected)
            {
                return;
            }

            for (int i = 0; i < _connectors.Length; i++)
            {
                if (NeedsReport(i))
                {
                    _inFlight = new StatusCall(this, _connectors[i], _clock);
                    if (!_session.Enqueue(_inFlight))
                    {
                        _inFlight = null;
                    }

                    return;
                }
            }
        }

        private bool NeedsReport(int i)
        {
            var c = _connectors[i];
            StatusCall r = _reported[i];
            return r == null || r.SentStatus != c.Status || r.SentError != c.ErrorCode || r.SentInfo != c.Info;
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
