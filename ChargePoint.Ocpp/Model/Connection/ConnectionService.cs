using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Connection
{
    /// <summary>
    /// Keeps the WebSocket up: connects to <c>&lt;CentralSystemUrl&gt;/&lt;percent-encoded identity&gt;</c> with subprotocol
    /// ocpp1.6, Basic auth when AuthorizationKey is set, and WebSocketPingInterval (applied at the next connect).
    /// After a failed attempt or a drop it waits <see cref="MinBackoffMs"/> doubling up to <see cref="MaxBackoffMs"/>,
    /// plus up to half of that again as random jitter (so a fleet does not reconnect in step). A new AuthorizationKey
    /// reconnects at once with the new password (TC_073).
    /// </summary>
    public sealed class ConnectionService : ITickable
    {
        public const string Subprotocol = "ocpp1.6";

        private readonly IOcppTransport _transport;
        private readonly RpcSession _session;
        private readonly IRandom _random;
        private readonly ConfigurationStore _config;
        private readonly string _identity;
        private bool _connecting;
        private bool _reconnect;
        private bool _deliberate;
        private int _failures;
        private long _nextAttemptMs;

        public ConnectionService(IOcppTransport transport, RpcSession session, ConfigurationStore config, IRandom random, string centralSystemUrl, string identity)
        {
            _transport = transport;
            _session = session;
            _random = random;
            _identity = identity;
            Url = ConnectionUrl.Build(centralSystemUrl, identity);
            _config = config;
            config.Changed += key => _reconnect |= key == ConfigKeys.AuthorizationKey;
            session.Connected += OnConnected;
            session.Disconnected += OnDisconnected;
        }

        public long MinBackoffMs = 2000;

        public long MaxBackoffMs = 300000;

        /// <summary>Consecutive failed attempts (0 while connected).</summary>
        public int Failures => _failures;

        public readonly string Url;

        /// <summary>When the next attempt is due (monotonic ms).</summary>
        public long NextAttemptMs => _nextAttemptMs;

        /// <summary>
        /// Security profile 2 or 3 is active: a ws:// URL is never used (no fallback to a lower profile, SecWP §2.4.1);
        /// the charge point stays offline until the URL is wss://.
        /// </summary>
        public bool RequireTls;

        /// <summary>True while <see cref="RequireTls"/> forbids the configured URL.</summary>
        public bool BlockedByProfile => RequireTls && !IsTls(Url);

        /// <summary>Told about each attempt (the security profile hands the transport the TLS settings of this attempt).</summary>
        public IConnectionObserver Observer;

        /// <summary>False under security profile 3: the client certificate authenticates, no Basic auth header is sent.</summary>
        public bool SendBasicAuth = true;

        /// <summary>Closes the connection (if open) and connects again at once, e.g. with a new security profile.</summary>
        public void Reconnect() => _reconnect = true;

        public void Tick(long nowMs)
        {
            if (_reconnect && _session.IsConnected)
            {
                _reconnect = false;
                _failures = 0;
                _deliberate = true;
                _transport.Close();
                return;
            }

            if (_session.IsConnected || _connecting || nowMs < _nextAttemptMs || BlockedByProfile)
            {
                return;
            }

            _connecting = true;
            _reconnect = false;
            if (Observer != null)
            {
                Observer.Connecting(nowMs);
            }

            string authorization = SendBasicAuth ? ConnectionUrl.BasicAuthorization(_identity, _config.Value(ConfigKeys.AuthorizationKey)) : null;
            _transport.Connect(Url, Subprotocol, authorization, _config.Int(ConfigKeys.WebSocketPingInterval));
        }

        internal static bool IsTls(string url) => url.Length >= 6 && url.Substring(0, 6).ToLower() == "wss://";

        private void OnConnected(long nowMs)
        {
            _connecting = false;
            _failures = 0;
            if (Observer != null)
            {
                Observer.Connected(nowMs);
            }
        }

        private void OnDisconnected(long nowMs)
        {
            _connecting = false;
            if (Observer != null)
            {
                Observer.Disconnected(nowMs);
            }

            if (_deliberate)
            {
                _deliberate = false;
                _nextAttemptMs = nowMs;
                return;
            }

            _failures++;
            long delay = MinBackoffMs;
            for (int i = 1; i < _failures && delay < MaxBackoffMs; i++)
            {
                delay *= 2;
            }

            if (delay > MaxBackoffMs)
            {
                delay = MaxBackoffMs;
            }

            _nextAttemptMs = nowMs + delay + _random.Next((int)(delay / 2) + 1);
        }
    }
}
