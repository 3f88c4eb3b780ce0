using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// BootNotification and registration gating (Spec §4.2, OCPP-J §5.4).
    /// - Sent once per boot when the first connection opens; a later reconnect does not re-boot once Accepted.
    /// - Accepted: clock from currentTime, interval becomes HeartbeatInterval (if &gt; 0), everything may be sent,
    ///   <see cref="Accepted"/> is raised (status for all connectors follows).
    /// - Pending: only replies (and calls flagged AllowedBeforeAccepted); BootNotification again after interval.
    /// - Rejected: silent (no requests, no replies) until interval has passed, then BootNotification again.
    /// - interval 0, a CallError or no answer: retry after <see cref="DefaultRetryMs"/>.
    /// Once Accepted, a Heartbeat every HeartbeatInterval seconds, always (also while other messages flow): it is the
    /// only regular clock sync (J-Errata 3.11 wants one a day at least), and a fixed rhythm is what OCTT TC_001 checks.
    /// 0 disables it. The interval counts from Accepted, then from each Heartbeat sent.
    /// </summary>
    public sealed class BootService : ITickable
    {
        public const long DefaultRetryMs = 30000;

        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly ConfigurationStore _config;
        private readonly BootNotificationRequest _request;
        private RequestCall _call;
        private long _nextAttemptMs;
        private RequestCall _heartbeat;
        private long _lastHeartbeatMs;

        public BootService(RpcSession session, OcppClock clock, ConfigurationStore config, BootNotificationRequest request)
        {
            _session = session;
            _clock = clock;
            _request = request;
            _config = config;
            session.Gate = RpcSession.GateSilent;
        }

        /// <summary>Raised each time the registration becomes Accepted.</summary>
        public SessionEventHandler Accepted;

        /// <summary>The last RegistrationStatus received, or null before any (read only).</summary>
        public string Registration;

        public bool IsAccepted => Registration == OcppEnum.Accepted;

        /// <summary>
        /// TriggerMessage(BootNotification) before Accepted: the next BootNotification goes out at the next Tick instead
        /// of after the retry interval. False (nothing changes) when already Accepted or a BootNotification is outstanding.
        /// </summary>
        public bool SendNow()
        {
            if (IsAccepted || _call != null)
            {
                return false;
            }

            _nextAttemptMs = 0;
            return true;
        }

        public void Tick(long nowMs)
        {
            if (!_session.IsConnected)
            {
                return;
            }

            if (IsAccepted)
            {
                long interval = _config.Int(ConfigKeys.HeartbeatInterval) * 1000L;
                if (_heartbeat == null && interval > 0 && nowMs - _lastHeartbeatMs >= interval)
                {
                    _lastHeartbeatMs = nowMs;
                    _heartbeat = new RequestCall(OcppAction.Heartbeat, new EmptyPayload(), OnHeartbeat);
                    if (!_session.Enqueue(_heartbeat))
                    {
                        _heartbeat = null;
                    }
                }

                return;
            }

            if (_call != null || nowMs < _nextAttemptMs)
            {
                return;
            }

            _call = new RequestCall(OcppAction.BootNotification, _request, OnBootOutcome);
            _call.AllowedBeforeAccepted = true;
            if (!_session.Enqueue(_call))
            {
                _call = null;
            }
        }

        private void OnBootOutcome(int failure, object result, long nowMs)
        {
            _call = null;
            if (failure != OutgoingCall.Answered)
            {
                _nextAttemptMs = failure == OutgoingCall.Aborted ? nowMs : nowMs + DefaultRetryMs;
                return;
            }

            var conf = (BootNotificationResponse)result;
            _clock.Set(conf.CurrentTime, nowMs);
            Registration = conf.Status;
            long retry = conf.Interval > 0 ? conf.Interval * 1000L : DefaultRetryMs;
            if (conf.Status == OcppEnum.Accepted)
            {
                if (conf.Interval > 0)
                {
                    _config.SetLocal(_config.Name(ConfigKeys.HeartbeatInterval), conf.Interval.ToString());
                }

                _session.Gate = RpcSession.GateOpen;
                _lastHeartbeatMs = nowMs;
                Accepted?.Invoke(nowMs);
            }
            else if (conf.Status == OcppEnum.Pending)
            {
                _session.Gate = RpcSession.GateRepliesOnly;
                _nextAttemptMs = nowMs + retry;
            }
            else
            {
                _session.Gate = RpcSession.GateSilent;
                _nextAttemptMs = nowMs + retry;
            }
        }

        private void OnHeartbeat(int failure, object result, long nowMs)
        {
            _heartbeat = null;
            if (failure == OutgoingCall.Answered)
            {
                _clock.Set(((BootNotificationResponse)result).CurrentTime, nowMs);
            }
        }
    }
}
