using System;
using System.Net.Security;
using System.Net.WebSockets;
using System.Net.WebSockets.WebSocketFrame;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.Esp32Only.Platform
{
    /// <summary>
    /// IOcppTransport over nanoFramework's ClientWebSocket (nanoframework.md §1.1), kept thin:
    /// - a new ClientWebSocket per attempt (a closed instance cannot be reused);
    /// - Connect is synchronous and swallows socket errors, so State == Open is checked afterwards;
    ///   it runs on a short-lived thread so that a slow TCP/TLS handshake never stalls the main loop;
    /// - the library has no subprotocol API: Sec-WebSocket-Protocol and Authorization go in as headers;
    /// - wss (<see cref="ITlsTransport"/>, security profiles 2 and 3): TLS 1.2, the server verified (VerifyPeer) against
    ///   the installed CentralSystemRootCertificates (ClientWebSocket.CACertificate, a PEM bundle), else against the
    ///   `ca-certificate` given at construction; under profile 3 the charge point certificate with its key
    ///   (ClientWebSocketOptions.Certificate, an X509Certificate2 from PEM). The library does not say why a handshake
    ///   failed, so no TLS failure is reported (CertificateService.TlsFailed is never called);
    /// - frames arrive fragment by fragment on the library's thread and are reassembled by a <see cref="FrameAssembler"/>
    ///   bounded to the engine's frame cap: an oversized frame is dropped as it streams in and reported once.
    /// </summary>
    public sealed class Esp32WebSocketTransport : IOcppTransport, ITlsTransport
    {
        private readonly object _gate = new object();
        private readonly string _caCertificatePem;
        private ClientWebSocket _socket;
        private int _socketAttempt; // the attempt _socket belongs to: its events count while this is _attempt
        private int _attempt;

        /// <summary>
        /// Reassembles the frames (under the gate). Its Log, where a dropped oversized frame is reported, is set once the
        /// firmware's logger exists (one reference write; the assembler reads it once per report).
        /// </summary>
        public readonly FrameAssembler Frames;
        // The TLS settings of the next attempt (ITlsTransport.UseTls; null until the connection security sets them).
        private string _tlsRoots;
        private string _tlsCertificate;
        private string _tlsKey;

        // The Connect no worker has taken yet: url, subprotocol, authorization (fields, not a closure class per call).
        private string[] _request;
        private int _pingSeconds;

        /// <param name="caCertificatePem">CA certificate for wss (PEM), or null.</param>
        /// <param name="maxFrameChars">The engine's frame cap (<see cref="OcppChargePoint.DefaultMaxFrameChars"/>).</param>
        public Esp32WebSocketTransport(string caCertificatePem, int maxFrameChars)
        {
            _caCertificatePem = caCertificatePem;
            Frames = new FrameAssembler(maxFrameChars, null);
        }

        private RpcSession _sink;

        public void Attach(RpcSession sink) => _sink = sink;

        public void UseTls(CertificateService security, string trustedRootsPem, string clientCertificatePem, string clientKeyPem)
        {
            lock (_gate)
            {
                _tlsRoots = trustedRootsPem;
                _tlsCertificate = clientCertificatePem;
                _tlsKey = clientKeyPem;
            }
        }

        public void Connect(string url, string subprotocol, string authorization, int pingIntervalSeconds)
        {
            lock (_gate)
            {
                if (_socket != null)
                {
                    try
                    {
                        _socket.Dispose();
                    }
                    catch (Exception)
                    {
                    }

                    _socket = null;
                }

                _attempt++;
                _request = new string[] { url, subprotocol, authorization };
                _pingSeconds = pingIntervalSeconds;
            }

            new Thread(RunConnect).Start();
        }

        public bool Send(string text)
        {
            ClientWebSocket socket;
            lock (_gate)
            {
                socket = _socket;
            }

            if (socket == null || socket.State != WebSocketState.Open)
            {
                return false;
            }

            return socket.SendString(text);
        }

        public void Close()
        {
            ClientWebSocket socket;
            int attempt;
            lock (_gate)
            {
                socket = _socket;
                attempt = _attempt;
            }

            if (socket != null)
            {
                try
                {
                    socket.Close(WebSocketCloseStatus.NormalClosure, "closing");
                }
                catch (Exception)
                {
                }

                RaiseClosed(attempt);
            }
        }

        /// <summary>
        /// A worker takes the latest Connect's request with its attempt number; a worker that finds none left (a later
        /// Connect's worker took it) ends, so one worker runs per attempt.
        /// </summary>
        private void RunConnect()
        {
            int attempt;
            string[] request;
            int pingIntervalSeconds;
            string roots;
            string certificate;
            string key;
            lock (_gate)
            {
                request = _request;
                _request = null;
                attempt = _attempt;
                pingIntervalSeconds = _pingSeconds;
                roots = _tlsRoots ?? _caCertificatePem;
                certificate = _tlsCertificate;
                key = _tlsKey;
            }

            if (request == null)
            {
                return;
            }

            string url = request[0];
            string subprotocol = request[1];
            string authorization = request[2];
            ClientWebSocket socket = null;
            try
            {
                var options = new ClientWebSocketOptions();
                if (pingIntervalSeconds > 0)
                {
                    options.KeepAliveInterval = TimeSpan.FromSeconds(pingIntervalSeconds);
                }

                bool secure = url.Length >= 6 && url.Substring(0, 6).ToLower() == "wss://";
                bool verify = secure && roots != null && roots.Length > 0;
                if (secure)
                {
                    options.SslProtocol = SslProtocols.Tls12;
                    options.SslVerification = verify ? SslVerification.VerifyPeer : SslVerification.NoVerification;
                    if (certificate != null && key != null)
                    {
                        options.Certificate = new X509Certificate2(certificate, key, null);
                    }
                }

                socket = new ClientWebSocket(options);
                if (verify)
                {
                    socket.CACertificate = new X509Certificate(roots);
                }

                // Method groups, not lambdas capturing the attempt (a closure class in the image): the sender tells
                // whose event it is.
                socket.MessageReceived += OnMessage;
                socket.ConnectionClosed += OnClosed;

                var headers = new ClientWebSocketHeaders();
                headers["Sec-WebSocket-Protocol"] = subprotocol;
                if (authorization != null)
                {
                    headers["Authorization"] = authorization;
                }

                lock (_gate)
                {
                    if (attempt != _attempt)
                    {
                        socket.Dispose();
                        return;
                    }

                    _socket = socket;
                    _socketAttempt = attempt;
                    Frames.Add(null, 0, 0, true, true); // forget a message cut off by the last connection
                }

                socket.Connect(url, headers);
            }
            catch (Exception)
            {
                // Bad URL or handshake: the attempt failed like a refused connection.
            }

            if (socket != null && socket.State == WebSocketState.Open)
            {
                bool current;
                lock (_gate)
                {
                    current = attempt == _attempt;
                }

                RpcSession sink = _sink;
                if (sink != null && current)
                {
                    sink.Opened();
                }
            }
            else
            {
                RaiseClosed(attempt);
            }
        }

        private void OnMessage(object sender, MessageReceivedEventArgs e)
        {
            ReceiveMessageFrame frame = e.Frame;
            if (frame == null || frame.MessageType != WebSocketMessageType.Text)
            {
                return;
            }

            string text;
            lock (_gate)
            {
                if (sender != _socket || _socketAttempt != _attempt)
                {
                    return; // a stale socket's
                }

                FragmentationType kind = frame.Fragmentation;
                bool first = kind == FragmentationType.NotFragmented || kind == FragmentationType.FirstFragment;
                bool final = kind == FragmentationType.NotFragmented || kind == FragmentationType.FinalFragment;
                text = Frames.Add(frame.Buffer, 0, frame.MessageLength, first, final);
            }

            RpcSession sink = _sink;
            if (text != null && sink != null)
            {
                sink.Received(text);
            }
        }

        private void OnClosed(object sender, EventArgs e)
        {
            int attempt;
            lock (_gate)
            {
                attempt = sender == _socket ? _socketAttempt : -1; // -1: a stale socket's, ignored
            }

            RaiseClosed(attempt);
        }

        /// <summary>At most one Closed per attempt; a stale attempt's events are ignored.</summary>
        private void RaiseClosed(int attempt)
        {
            lock (_gate)
            {
                if (attempt != _attempt)
                {
                    return;
                }

                // Later events of this socket are stale. It is disposed by the next Connect, not here:
                // this may run on the library's own receive thread.
                _attempt++;
            }

            RpcSession sink = _sink;
            if (sink != null)
            {
                sink.Closed();
            }
        }
    }
}
