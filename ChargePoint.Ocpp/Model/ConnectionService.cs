using System;
using System.Text;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model
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

        public ConnectionService(IOcppTransport transport, RpcSession session, ConfigurationStore config, IRandom random, string centralSystemUrl, string identity)
        {
            _transport = transport;
            _session = session;
            _random = random;
            _identity = identity;
            // OCPP-J §3.1.1: endpoint + "/" (not doubled) + the identity's UTF-8 bytes, RFC 3986 percent-encoded.
            var sb = new StringBuilder(64);
            sb.Append(centralSystemUrl);
            if (centralSystemUrl.Length == 0 || centralSystemUrl[centralSystemUrl.Length - 1] != '/')
            {
                sb.Append('/');
            }

            byte[] bytes = Encoding.UTF8.GetBytes(identity);
            for (int i = 0; i < bytes.Length; i++)
            {
                int b = bytes[i];
                if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~')
                {
                    sb.Append((char)b);
                }
                else
                {
                    sb.Append('%');
                    sb.Append(HexDigits[b >> 4]);
                    sb.Append(HexDigits[b & 0xF]);
                }
            }

            Url = sb.ToString();
            _config = config;
            config.Changed += key => _reconnect |= key == ConfigKeys.AuthorizationKey;
            session.Connected += OnConnected;
            session.Disconnected += OnDisconnected;
        }

        public const long MinBackoffMs = 2000;

        public const long MaxBackoffMs = 300000;

        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>Consecutive failed attempts (0 while connected; read only).</summary>
        public int Failures;

        public readonly string Url;

        /// <summary>When the next attempt is due (monotonic ms; read only).</summary>
        public long NextAttemptMs;

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
                Failures = 0;
                _deliberate = true;
                _transport.Close();
                return;
            }

            if (_session.IsConnected || _connecting || nowMs < NextAttemptMs || BlockedByProfile)
            {
                return;
            }

            _connecting = true;
            _reconnect = false;
            if (Observer != null)
            {
                Observer.Connecting(nowMs);
            }

            // OCPP-J §6.2.2: "Basic base64(identity:key)"; no header without a key (security profile 0).
            string key = _config.Value(ConfigKeys.AuthorizationKey);
            string authorization = SendBasicAuth && key.Length > 0 ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(_identity + ":" + key)) : null;
            _transport.Connect(Url, Subprotocol, authorization, _config.Int(ConfigKeys.WebSocketPingInterval));
        }

        internal static bool IsTls(string url) => url.Length >= 6 && url.Substring(0, 6).ToLower() == "wss://";

        private void OnConnected(long nowMs)
        {
            _connecting = false;
            Failures = 0;
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
                NextAttemptMs = nowMs;
                return;
            }

            Failures++;
            long delay = MinBackoffMs;
            for (int i = 1; i < Failures && delay < MaxBackoffMs; i++)
            {
                delay *= 2;
            }

            if (delay > MaxBackoffMs)
            {
                delay = MaxBackoffMs;
            }

            NextAttemptMs = nowMs + delay + _random.Next((int)(delay / 2) + 1);
        }
    }
}
