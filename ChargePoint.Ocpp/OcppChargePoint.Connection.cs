using System.Text;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Keeps the WebSocket up, part of the composition root (connects at the start of its Tick; a service type of its
    /// own cost the image a type, a constructor, a Tick and five fields): connects to
    /// <c>&lt;CentralSystemUrl&gt;/&lt;percent-encoded identity&gt;</c> (<see cref="Url"/>) with subprotocol ocpp1.6, Basic
    /// auth when AuthorizationKey is set, and WebSocketPingInterval (applied at the next connect). After a failed
    /// attempt or a drop it waits <see cref="MinBackoffMs"/> doubling up to <see cref="MaxBackoffMs"/>, plus up to half
    /// of that again as random jitter (so a fleet does not reconnect in step). A new AuthorizationKey reconnects at once
    /// with the new password (TC_073).
    /// </summary>
    public sealed partial class OcppChargePoint
    {
        public const string Subprotocol = "ocpp1.6";

        public const long MinBackoffMs = 2000;

        public const long MaxBackoffMs = 300000;

        private const string HexDigits = "0123456789ABCDEF";

        private readonly IOcppTransport _transport;
        private readonly IRandom _random;
        private bool _connecting;
        private bool _reconnect;
        private bool _deliberate;

        /// <summary>Consecutive failed attempts (0 while connected; read only).</summary>
        public int Failures;

        /// <summary>The URL connected to: CentralSystemUrl, '/', the percent-encoded identity (OCPP-J §3.1.1).</summary>
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
