using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Clock;
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
        private readonly string[] _reportedStatus;
        private readonly string[] _reportedError;
        private readonly string[] _reportedInfo;
        private StatusCall _inFlight;

        public StatusService(RpcSession session, OcppClock clock, Connector[] connectors)
        {
            _session = session;
            _clock = clock;
            _connectors = connectors;
            _reportedStatus = new string[connectors.Length];
            _reportedError = new string[connectors.Length];
            _reportedInfo = new string[connectors.Length];
        }

        /// <summary>Forgets what was reported: every connector is sent again (on each BootNotification Accepted).</summary>
        public void ReportAll(long nowMs)
        {
            for (int i = 0; i < _connectors.Length; i++)
            {
                _reportedStatus[i] = null;
            }
        }

        /// <summary>The last status the Central System confirmed for a connector (null if none).</summary>
        public string ReportedStatus(int connectorId) => _reportedStatus[connectorId];

        public void Tick(long nowMs)
        {
            if (_inFlight != null || _session.Gate != SendGate.Open || !_session.IsConnected)
            {
                return;
            }

            for (int i = 0; i < _connectors.Length; i++)
            {
                if (NeedsReport(i))
                {
                    _inFlight = new StatusCall(this, i);
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
            return _reportedStatus[i] != c.Status || _reportedError[i] != c.ErrorCode || _reportedInfo[i] != c.Info;
        }

        private void Done(StatusCall call, bool reported)
        {
            if (reported)
            {
                _reportedStatus[call.Index] = call.SentStatus;
                _reportedError[call.Index] = call.SentError;
                _reportedInfo[call.Index] = call.SentInfo;
            }

            if (_inFlight == call)
            {
                _inFlight = null;
            }
        }

        /// <summary>The StatusNotification.req of a connector as it is at send time (also for a triggered one).</summary>
        internal static StatusNotificationRequest Request(Connector c, OcppClock clock, long sentAtMs)
        {
            var req = new StatusNotificationRequest(c.Id, c.ErrorCode, c.Status);
            req.Info = c.Info;
            req.VendorId = c.VendorId;
            req.VendorErrorCode = c.VendorErrorCode;
            if (clock.IsSet)
            {
                req.Timestamp = new UtcTimestamp(clock.Now(sentAtMs));
            }

            return req;
        }

        private sealed class StatusCall : OutgoingCall
        {
            private readonly StatusService _owner;

            public StatusCall(StatusService owner, int index)
                : base(OcppAction.StatusNotification)
            {
                _owner = owner;
                Index = index;
            }

            public readonly int Index;

            public string SentStatus;

            public string SentError;

            public string SentInfo;

            public override void WritePayload(JsonWriter w)
            {
                var req = Request(_owner._connectors[Index], _owner._clock, SentAtMs);
                SentStatus = req.Status;
                SentError = req.ErrorCode;
                SentInfo = req.Info;
                req.WriteTo(w);
            }

            public override void OnResult(object result, long nowMs) => _owner.Done(this, true);

            public override void OnFailed(int failure, string errorCode, long nowMs) => _owner.Done(this, failure != CallFailure.Aborted);
        }
    }
}
