using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// IOcppTransport over System.Net.WebSockets.ClientWebSocket. Each attempt runs on its own task: connect
    /// (subprotocol negotiated and checked, Authorization header), then a receive loop that reassembles
    /// fragmented messages with a <see cref="FrameAssembler"/> bounded to the engine's frame cap (an oversized message
    /// is dropped as it streams in and reported once, to <see cref="Log"/> or else stderr). Events of an old attempt
    /// are ignored; every attempt ends with one Closed.
    /// wss:// (security profiles 2 and 3, <see cref="ITlsTransport"/>): the server must chain to one of the installed
    /// CentralSystemRootCertificates (custom root trust, not the OS store; host name checked; TLS 1.2+ as the OS allows),
    /// and under profile 3 the charge point certificate is presented. An untrusted server and an HTTP 401 are reported
    /// to the <see cref="CertificateService"/> that set the TLS settings (<see cref="TlsFailed"/>).
    /// </summary>
    public sealed class HostWebSocketTransport : IOcppTransport, ITlsTransport
    {
        private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);
        private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

        private readonly object _gate = new object();
        private ClientWebSocket _socket;
        private CancellationTokenSource _cancel;
        private readonly int _maxFrameChars;
        private int _attempt;
        private bool _open;
        private int _dropped;
        // The TLS settings of the next attempt (ITlsTransport.UseTls; all null until the connection security sets them).
        private CertificateService _tlsSecurity;
        private string _tlsRoots;
        private string _tlsCertificate;
        private string _tlsKey;

        public HostWebSocketTransport()
            : this(OcppChargePoint.DefaultMaxFrameChars)
        {
        }

        /// <param name="maxFrameChars">The engine's frame cap (<see cref="OcppChargePoint.DefaultMaxFrameChars"/>).</param>
        public HostWebSocketTransport(int maxFrameChars)
        {
            _maxFrameChars = maxFrameChars;
        }

        /// <summary>Where a dropped oversized message is reported; null writes a warning to stderr.</summary>
        public IOcppLog Log { get; set; }

        /// <summary>Messages dropped because they exceeded the frame cap.</summary>
        public int DroppedFrames => _dropped;

        private RpcSession _sink;

        public void Attach(RpcSession sink) => _sink = sink;

        /// <summary>A security event for the settings' <see cref="CertificateService"/> (none without settings).</summary>
        private void TlsFailed(string type, string techInfo)
        {
            CertificateService security;
            lock (_gate)
            {
                security = _tlsSecurity;
            }

            security?.TlsFailed(type, techInfo);
        }

        public void UseTls(CertificateService security, string trustedRootsPem, string clientCertificatePem, string clientKeyPem)
        {
            lock (_gate)
            {
                _tlsSecurity = security;
                _tlsRoots = trustedRootsPem;
                _tlsCertificate = clientCertificatePem;
                _tlsKey = clientKeyPem;
            }
        }

        public void Connect(string url, string subprotocol, string authorization, int pingIntervalSeconds)
        {
            int attempt;
            ClientWebSocket socket;
            CancellationTokenSource cancel;
            lock (_gate)
            {
                AbortCurrent();
                attempt = ++_attempt;
                socket = new ClientWebSocket();
                cancel = new CancellationTokenSource();
                _socket = socket;
                _cancel = cancel;
                _open = false;
            }

            socket.Options.AddSubProtocol(subprotocol);
            if (authorization != null)
            {
                socket.Options.SetRequestHeader("Authorization", authorization);
            }

            socket.Options.KeepAliveInterval = pingIntervalSeconds > 0 ? TimeSpan.FromSeconds(pingIntervalSeconds) : TimeSpan.Zero;
            socket.Options.CollectHttpResponseDetails = true;
            CertificateService security;
            string roots;
            string certificate;
            string key;
            lock (_gate)
            {
                security = _tlsSecurity;
                roots = _tlsRoots;
                certificate = _tlsCertificate;
                key = _tlsKey;
            }

            if (security != null && url.StartsWith("wss://", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    ConfigureTls(socket.Options, roots, certificate, key);
                }
                catch (Exception e) when (e is CryptographicException || e is ArgumentException)
                {
                    TlsFailed("InvalidChargePointCertificate", "client certificate unusable: " + e.Message);
                }
            }

            _ = Task.Run(() => RunAsync(attempt, socket, cancel, url, subprotocol));
        }

        public bool Send(string text)
        {
            ClientWebSocket socket;
            lock (_gate)
            {
                socket = _open ? _socket : null;
            }

            if (socket == null)
            {
                return false;
            }

            try
            {
                using var timeout = new CancellationTokenSource(SendTimeout);
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                lock (socket)
                {
                    socket.SendAsync(new ArraySegment<byte>(bytes), WebSocketMessageType.Text, true, timeout.Token).GetAwaiter().GetResult();
                }

                return true;
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException || e is IOException || e is InvalidOperationException)
            {
                return false;
            }
        }

        public void Close()
        {
            int attempt;
            ClientWebSocket open;
            lock (_gate)
            {
                attempt = _attempt;
                open = _open ? _socket : null;
            }

            if (open != null)
            {
                // A polite close (1000) so the Central System logs a normal disconnect; bounded wait.
                CloseQuietly(open, WebSocketCloseStatus.NormalClosure).Wait(TimeSpan.FromSeconds(1));
            }

            lock (_gate)
            {
                AbortCurrent();
            }

            RaiseClosed(attempt);
        }

        private async Task RunAsync(int attempt, ClientWebSocket socket, CancellationTokenSource cancel, string url, string subprotocol)
        {
            try
            {
                using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token))
                {
                    connectTimeout.CancelAfter(ConnectTimeout);
                    await socket.ConnectAsync(new Uri(url), connectTimeout.Token).ConfigureAwait(false);
                }

                if (socket.SubProtocol != subprotocol)
                {
                    // OCPP-J: a server that does not accept ocpp1.6 is not a Central System we can talk to.
                    await CloseQuietly(socket, WebSocketCloseStatus.ProtocolError).ConfigureAwait(false);
                    RaiseClosed(attempt);
                    return;
                }

                lock (_gate)
                {
                    if (attempt != _attempt)
                    {
                        return;
                    }

                    _open = true;
                }

                _sink?.Opened();
                await ReceiveLoop(attempt, socket, cancel.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException || e is IOException || e is UriFormatException || e is ArgumentException || e is InvalidOperationException)
            {
                if (socket.HttpStatusCode == HttpStatusCode.Unauthorized)
                {
                    TlsFailed("FailedToAuthenticateAtCentralSystem", "HTTP 401 on the WebSocket upgrade");
                }
            }

            RaiseClosed(attempt);
        }

        private void ConfigureTls(ClientWebSocketOptions options, string trustedRootsPem, string clientCertificatePem, string clientKeyPem)
        {
            if (clientCertificatePem != null && clientKeyPem != null)
            {
                using var key = ECDsa.Create();
                key.ImportFromPem(clientKeyPem);
                using var leaf = X509Certificate2.CreateFromPem(clientCertificatePem);
                using var withKey = leaf.CopyWithPrivateKey(key);
                // A PKCS#12 round trip gives SslStream a certificate whose key it can use on every OS.
                options.ClientCertificates.Add(X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null));
            }

            if (trustedRootsPem == null)
            {
                return; // no installed root: the OS trust store decides
            }

            var roots = new X509Certificate2Collection();
            roots.ImportFromPem(trustedRootsPem);
            options.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => ValidateServer(roots, certificate, chain, errors);
        }

        private bool ValidateServer(X509Certificate2Collection roots, X509Certificate certificate, X509Chain presented, SslPolicyErrors errors)
        {
            string problem = null;
            if (certificate == null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
            {
                problem = "no server certificate";
            }
            else if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                problem = "server certificate name does not match the host";
            }
            else
            {
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.AddRange(roots);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                if (presented != null)
                {
                    foreach (X509ChainElement element in presented.ChainElements)
                    {
                        chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                    }
                }

                using var server = new X509Certificate2(certificate);
                if (!chain.Build(server))
                {
                    var sb = new StringBuilder("server certificate not trusted:");
                    foreach (X509ChainStatus status in chain.ChainStatus)
                    {
                        sb.Append(' ').Append(status.Status.ToString());
                    }

                    problem = sb.ToString();
                }
            }

            if (problem != null)
            {
                TlsFailed("InvalidCentralSystemCertificate", problem);
                return false;
            }

            return true;
        }

        private async Task ReceiveLoop(int attempt, ClientWebSocket socket, CancellationToken token)
        {
            var buffer = new byte[8192];
            var assembler = new FrameAssembler(_maxFrameChars, Log);
            bool first = true;
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseQuietly(socket, WebSocketCloseStatus.NormalClosure).ConfigureAwait(false);
                    return;
                }

                int droppedBefore = assembler.DroppedFrames;
                string text = assembler.Add(buffer, 0, result.Count, first, result.EndOfMessage);
                first = result.EndOfMessage;
                if (assembler.DroppedFrames != droppedBefore)
                {
                    Interlocked.Increment(ref _dropped);
                    if (Log == null)
                    {
                        System.Console.Error.WriteLine("[warn] frame too large, dropped: more than " + _maxFrameChars + " characters");
                    }
                }

                if (text != null && result.MessageType == WebSocketMessageType.Text)
                {
                    bool current;
                    lock (_gate)
                    {
                        current = attempt == _attempt;
                    }

                    if (current)
                    {
                        _sink?.Received(text);
                    }
                }
            }
        }

        private static async Task CloseQuietly(ClientWebSocket socket, WebSocketCloseStatus status)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, string.Empty, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException || e is IOException || e is InvalidOperationException)
            {
            }
        }

        private void RaiseClosed(int attempt)
        {
            lock (_gate)
            {
                if (attempt != _attempt)
                {
                    return;
                }

                _attempt++;
                _open = false;
            }

            _sink?.Closed();
        }

        private void AbortCurrent()
        {
            _open = false;
            if (_cancel != null)
            {
                _cancel.Cancel();
                _cancel.Dispose();
                _cancel = null;
            }

            if (_socket != null)
            {
                _socket.Abort();
                _socket.Dispose();
                _socket = null;
            }
        }
    }
}
