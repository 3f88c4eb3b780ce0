using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// BootNotification and registration gating (Spec §4.2, OCPP-J §5.4), part of the composition root (advanced in
    /// its Tick; a service type of its own cost the image a type, a constructor, a Tick and four fields).
    /// - Sent once per boot when the first connection opens; a later reconnect does not re-boot once Accepted.
    /// - Accepted: clock from currentTime, interval becomes HeartbeatInterval (if &gt; 0), everything may be sent,
    ///   every connector's status is reported again and <see cref="Accepted"/> is raised.
    /// - Pending: only replies (and calls flagged AllowedBeforeAccepted); BootNotification again after interval.
    /// - Rejected: silent (no requests, no replies) until interval has passed, then BootNotification again.
    /// - interval 0, a CallError or no answer: retry after <see cref="DefaultRetryMs"/>.
    /// Once Accepted, a Heartbeat every HeartbeatInterval seconds, always (also while other messages flow): it is the
    /// only regular clock sync (J-Errata 3.11 wants one a day at least), and a fixed rhythm is what OCTT TC_001 checks.
    /// 0 disables it. The interval counts from Accepted, then from each Heartbeat sent.
    /// </summary>
    public sealed partial class OcppChargePoint
    {
        public const long DefaultRetryMs = 30000;

        private OutgoingCall _bootCall;
        private long _nextBootMs;
        private OutgoingCall _heartbeat;
        private long _lastHeartbeatMs;

        /// <summary>The registration was Accepted (raised once per Accepted BootNotification.conf).</summary>
        public SessionEventHandler Accepted;

        /// <summary>The last BootNotification.conf status (null before any).</summary>
        public string Registration;

        public bool IsAccepted => Registration == OcppEnum.Accepted;

        /// <summary>TriggerMessage(BootNotification): sends the next BootNotification at once; false when Accepted or one is in flight.</summary>
        public bool SendNow()
        {
            if (IsAccepted || _bootCall != null)
            {
                return false;
            }

            _nextBootMs = 0;
            return true;
        }

        private void OnBootOutcome(int failure, object result, long nowMs)
        {
            _bootCall = null;
            if (failure != OutgoingCall.Answered)
            {
                _nextBootMs = failure == OutgoingCall.Aborted ? nowMs : nowMs + DefaultRetryMs;
                return;
            }

            var conf = (BootNotificationResponse)result;
            Clock.Set(conf.CurrentTime, nowMs);
            Registration = conf.Status;
            _nextBootMs = nowMs + (conf.Interval > 0 ? conf.Interval * 1000L : DefaultRetryMs);
            RpcSession session = Session;
            if (conf.Status == OcppEnum.Accepted)
            {
                if (conf.Interval > 0)
                {
                    Configuration.SetLocal(Configuration.Name(ConfigKeys.HeartbeatInterval), conf.Interval.ToString());
                }

                session.Gate = RpcSession.GateOpen;
                _lastHeartbeatMs = nowMs;
                for (int i = 0; i < ReportedCalls.Length; i++)
                {
                    ReportedCalls[i] = null; // every connector is reported again (Errata 3.22)
                }

                Accepted?.Invoke(nowMs);
            }
            else
            {
                session.Gate = conf.Status == OcppEnum.Pending ? RpcSession.GateRepliesOnly : RpcSession.GateSilent;
            }
        }

        private void OnHeartbeat(int failure, object result, long nowMs)
        {
            _heartbeat = null;
            if (failure == OutgoingCall.Answered)
            {
                Clock.Set(((BootNotificationResponse)result).CurrentTime, nowMs);
            }
        }
    }
}
