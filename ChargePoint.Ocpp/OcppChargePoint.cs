using System;
using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Composition root of the OCPP engine: wires transport, session, registry, configuration, clock, connectors and the
    /// Core services from injected dependencies. No static state: building it again on the same storage is a reboot.
    /// Other services (transactions, authorization, metering, smart charging...) attach through <see cref="Session"/> (Register,
    /// TransactionSource), <see cref="Configuration"/>, <see cref="Connectors"/> and <see cref="AddService"/>.
    /// Call <see cref="Tick"/> from the main loop with monotonic milliseconds.
    /// </summary>
    public sealed partial class OcppChargePoint
    {
        private readonly ArrayList _services = new ArrayList();

        /// <param name="centralSystemUrl">The Central System endpoint, e.g. "ws://csms.example.com/ocpp" (the identity is appended).</param>
        /// <param name="identity">The charge point identity (also the Basic auth user name).</param>
        /// <param name="connectorCount">NumberOfConnectors.</param>
        public OcppChargePoint(string centralSystemUrl, string identity, int connectorCount, IOcppTransport transport, IStorage storage, IChargePointHooks hooks, IRandom random, IOcppLog log)
        {
            Identity = identity;
            Hooks = hooks;
            Storage = storage;
            Log = log;
            Clock = new OcppClock();
            Configuration = new ConfigurationStore(storage);
            CoreConfiguration.Declare(Configuration, connectorCount);
            // Locals: a field load per use costs more byte code.
            ConfigurationStore config = Configuration;
            var session = new RpcSession(transport, storage, log);
            Session = session;

            var connectors = new Connector[connectorCount + 1];
            Connectors = connectors;
            connectors[0] = new Connector(0, null);
            for (int i = 1; i < connectors.Length; i++)
            {
                connectors[i] = new Connector(i, connectors[0]);
            }

            // Connection: OCPP-J §3.1.1: endpoint + "/" (not doubled) + the identity's UTF-8 bytes, RFC 3986 percent-encoded.
            _transport = transport;
            _random = random;
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
                if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || "-._~".IndexOf((char)b) >= 0)
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
            config.Changed += key => _reconnect |= key == ConfigKeys.AuthorizationKey;
            session.Connected += OnConnected;
            session.Disconnected += OnDisconnected;
            session.Gate = RpcSession.GateSilent; // until the BootNotification is Accepted
            ReportedCalls = new StatusCall[connectors.Length];

            // The requested availability survives a reboot.
            var requested = new bool[connectors.Length];
            _requested = requested;
            byte[] data = storage.Read(AvailabilityRecord);
            for (int i = 0; i < requested.Length; i++)
            {
                connectors[i].OwnOperative = requested[i] = data == null || i >= data.Length || data[i] != 0;
            }

            session.Dispatcher = Operations.Handlers.Handle;
            session.Register(OcppAction.ChangeAvailability, this);
            session.Register(OcppAction.ChangeConfiguration, config);
            session.Register(OcppAction.ClearCache, null);
            session.Register(OcppAction.DataTransfer, DataTransferVendors);
            session.Register(OcppAction.GetConfiguration, config);
            session.Register(OcppAction.Reset, this);
            session.Register(OcppAction.UnlockConnector, this);
        }

        /// <summary>Identity of this OCPP implementation, reported in BootNotification and on the console.</summary>
        public const string FirmwareVersion = "0.1.0";

        public const string ProtocolVersion = "ocpp1.6";

        /// <summary>
        /// Longest frame the engine accepts (characters); longer ones are refused. The transports bound their receive
        /// buffers to it (<see cref="Rpc.FrameAssembler"/>).
        /// </summary>
        public const int DefaultMaxFrameChars = 16384;

        /// <summary>The charge point identity (also the Basic auth user name).</summary>
        public readonly string Identity;

        /// <summary>
        /// The BootNotification.req the charge point sends: vendor, model and firmware version preset; set serial numbers,
        /// meter type and the rest before the first Tick. Its vendor is also the vendorId of the corrupt-record reports.
        /// (The composition's settings are constructor arguments and these fields: an options type cost the image a type,
        /// a constructor and the executable a reference per field.)
        /// </summary>
        public readonly BootNotificationRequest BootNotification = new BootNotificationRequest("OpenEV-nf", "ESP32-AC") { FirmwareVersion = FirmwareVersion };

        public readonly IChargePointHooks Hooks;

        public readonly IStorage Storage;

        public readonly IOcppLog Log;

        public readonly OcppClock Clock;

        public readonly ConfigurationStore Configuration;

        public readonly RpcSession Session;

        /// <summary>Index 0 is the charge point itself, 1..ConnectorCount the connectors.</summary>
        public readonly Connector[] Connectors;

        /// <summary>Set by the transactions feature: a Reset stops its transactions and waits until it is settled; UnlockConnector stops the connector's transaction (reason UnlockCommand) before the hook unlocks; null: none runs.</summary>
        public Model.Transactions.TransactionService Transactions;

        /// <summary>
        /// The vendor extensions served through DataTransfer: vendorId (string) → <see cref="Model.IDataTransferHandler"/>;
        /// any other vendorId is answered UnknownVendorId (TC_062).
        /// </summary>
        public readonly Hashtable DataTransferVendors = new Hashtable();

        /// <summary>Adds a service advanced in every Tick, after Boot (and Heartbeat) and a scheduled availability change, before the status reports and Reset.</summary>
        public void AddService(ITickable service) => _services.Add(service);

        public void Tick(long nowMs)
        {
            RpcSession session = Session;
            ConfigurationStore config = Configuration;
            // Connection: a requested reconnect closes first; a new attempt once the back-off has passed.
            if (_reconnect && session.IsConnected)
            {
                _reconnect = false;
                Failures = 0;
                _deliberate = true;
                _transport.Close();
            }
            else if (!session.IsConnected && !_connecting && nowMs >= NextAttemptMs && !BlockedByProfile)
            {
                _connecting = true;
                _reconnect = false;
                if (Observer != null)
                {
                    Observer.Connecting(nowMs);
                }

                // OCPP-J §6.2.2: "Basic base64(identity:key)"; no header without a key (security profile 0).
                string key = config.Value(ConfigKeys.AuthorizationKey);
                string authorization = SendBasicAuth && key.Length > 0 ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Identity + ":" + key)) : null;
                _transport.Connect(Url, Subprotocol, authorization, config.Int(ConfigKeys.WebSocketPingInterval));
            }

            session.ResponseTimeoutMs = config.Int(ConfigKeys.MessageTimeout) * 1000L;
            session.Tick(nowMs);
            // Boot and Heartbeat (OcppChargePoint.Boot.cs), while connected.
            if (session.IsConnected)
            {
                if (IsAccepted)
                {
                    long interval = config.Int(ConfigKeys.HeartbeatInterval) * 1000L;
                    if (_heartbeat == null && interval > 0 && nowMs - _lastHeartbeatMs >= interval)
                    {
                        _lastHeartbeatMs = nowMs;
                        _heartbeat = new OutgoingCall(OcppAction.Heartbeat, new EmptyPayload(), OnHeartbeat);
                        if (!session.Enqueue(_heartbeat))
                        {
                            _heartbeat = null;
                        }
                    }
                }
                else if (_bootCall == null && nowMs >= _nextBootMs)
                {
                    _bootCall = new OutgoingCall(OcppAction.BootNotification, BootNotification, OnBootOutcome);
                    _bootCall.AllowedBeforeAccepted = true;
                    if (!session.Enqueue(_bootCall))
                    {
                        _bootCall = null;
                    }
                }
            }

            for (int i = 0; i < Connectors.Length; i++)
            {
                Apply(i); // a scheduled availability change once the transaction ended
            }

            for (int i = 0; i < _services.Count; i++)
            {
                ((ITickable)_services[i]).Tick(nowMs);
            }

            TickStatus(session, nowMs);
            // Reset: reboot once the line is idle and the transactions are settled, or after the grace time.
            if (_resetPending && nowMs > _resetAtMs
                && ((session.OutstandingCall == null && session.QueuedCount == 0 && (Transactions == null || Transactions.IsSettled()))
                    || nowMs - _resetAtMs >= (HardReset ? HardGraceMs : SoftGraceMs)))
            {
                _resetPending = false;
                Hooks.Reset(HardReset);
            }

            session.Flush(nowMs);
        }
    }
}
