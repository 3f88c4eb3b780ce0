using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Boot;
using ChargePoint.Ocpp.Model.Clock;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Heartbeat
{
    /// <summary>
    /// Heartbeat every HeartbeatInterval seconds after Accepted, always (also while other messages flow):
    /// it is the only regular clock sync (J-Errata 3.11 wants one a day at least), and a fixed rhythm is what
    /// OCTT TC_001 checks. 0 disables it. The interval counts from Accepted, then from each Heartbeat sent.
    /// </summary>
    public sealed class HeartbeatService : ITickable
    {
        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly BootService _boot;
        private readonly ConfigurationStore _config;
        private RequestCall _call;
        private long _lastMs;

        public HeartbeatService(RpcSession session, OcppClock clock, ConfigurationStore config, BootService boot)
        {
            _session = session;
            _clock = clock;
            _boot = boot;
            _config = config;
            boot.Accepted += now => _lastMs = now;
        }

        public void Tick(long nowMs)
        {
            int interval = _config.Int(ConfigKeys.HeartbeatInterval);
            if (!_boot.IsAccepted || _call != null || interval <= 0 || !_session.IsConnected || nowMs - _lastMs < interval * 1000L)
            {
                return;
            }

            _lastMs = nowMs;
            _call = new RequestCall(OcppAction.Heartbeat, new EmptyPayload(), OnResult, OnFailed);
            if (!_session.Enqueue(_call))
            {
                _call = null;
            }
        }

        private void OnResult(object result, long nowMs)
        {
            _call = null;
            var conf = (HeartbeatResponse)result;
            _clock.Set(conf.CurrentTime, nowMs);
        }

        private void OnFailed(int failure, string errorCode, long nowMs) => _call = null;
    }
}
