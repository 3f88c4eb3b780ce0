using System;
using System.Net.WebSockets;
using System.Net.WebSockets.WebSocketFrame;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.Esp32Only.Platform
{
    /// <summary>
    /// IOcppTransport over nanoFramework's ClientWebSocket (nanoframework.md §1.1), kept thin:
    /// - a new ClientWebSocket per attempt (a closed instance cannot be reused);
    /// - Connect is synchronous and swallows socket errors, so State == Open is checked afterwards;
    ///   it runs on a short-lived thread so that a slow TCP/TLS handshake never stalls the main loop;
    /// - the library has no subprotocol API: Sec-WebSocket-Protocol and Authorization go in as headers;
    /// - wss verifies the server against the CA certificate given (PEM), when there is one;
    /// - frames arrive fragment by fragment on the library's thread and are reassembled here.
    /// </summary>
    public sealed class Esp32WebSocketTransport : IOcppTransport
    {
        private const int MaxMessageBytes = 65536;

        private readonly object _gate = new object();
        private readonly string _caCertificatePem;
        private ClientWebSocket _socket;
        private int _attempt;
        private byte[] _assembly = new byte[0];
        private int _assembled;
        private bool _assemblyOverflow;

        public Esp32WebSocketTransport(string caCertificatePem)
        {
            _caCertificatePem = caCertificatePem;
        }

        public event TransportStateHandler Opened;

        public event TransportStateHandler Closed;

        public event TransportTextHandler TextReceived;

        public void Connect(string url, string subprotocol, string authorization, int pingIntervalSeconds)
        {
            int attempt;
            lock (_gate)
            {
                DisposeSocket();
                _attempt++;
                attempt = _attempt;
            }

            var worker = new Thread(() => RunConnect(attempt, url, subprotocol, authorization, pingIntervalSeconds));
            worker.Start();
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

        private void RunConnect(int attempt, string url, string subprotocol, string authorization, int pingIntervalSeconds)
        {
            ClientWebSocket socket = null;
            try
            {
                var options = new ClientWebSocketOptions();
                if (pingIntervalSeconds > 0)
                {
                    options.KeepAliveInterval = TimeSpan.FromSeconds(pingIntervalSeconds);
                }

                if (_caCertificatePem != null && _caCertificatePem.Length > 0)
                {
                    options.Certificate = new X509Certificate(_caCertificatePem);
                }

                socket = new ClientWebSocket(options);
                socket.MessageReceived += (sender, e) => OnMessage(attempt, e);
                socket.ConnectionClosed += (sender, e) => RaiseClosed(attempt);

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
                    _assembled = 0;
                    _assemblyOverflow = false;
                }

                socket.Connect(url, headers);
            }
            catch (Exception)
            {
                // Bad URL or handshake: the attempt failed like a refused connection.
            }

            if (socket != null && socket.State == WebSocketState.Open)
            {
                TransportStateHandler opened = Opened;
                if (opened != null && IsCurrent(attempt))
                {
                    opened();
                }
            }
            else
            {
                RaiseClosed(attempt);
            }
        }

        private void OnMessage(int attempt, MessageReceivedEventArgs e)
        {
            ReceiveMessageFrame frame = e.Frame;
            if (frame == null || frame.MessageType != WebSocketMessageType.Text || !IsCurrent(attempt))
            {
                return;
            }

            string text = null;
            lock (_gate)
            {
                FragmentationType kind = frame.Fragmentation;
                if (kind == FragmentationType.NotFragmented || kind == FragmentationType.FirstFragment)
                {
                    _assembled = 0;
                    _assemblyOverflow = false;
                }

                Append(frame.Buffer, frame.MessageLength);
                if (kind == FragmentationType.NotFragmented || kind == FragmentationType.FinalFragment)
                {
                    if (!_assemblyOverflow)
                    {
                        text = Encoding.UTF8.GetString(_assembly, 0, _assembled);
                    }

                    _assembled = 0;
                    _assemblyOverflow = false;
                }
            }

            TransportTextHandler received = TextReceived;
            if (text != null && received != null)
            {
                received(text);
            }
        }

        private void Append(byte[] data, int length)
        {
            if (_assemblyOverflow || data == null)
            {
                return;
            }

            if (length > data.Length)
            {
                length = data.Length;
            }

            if (_assembled + length > MaxMessageBytes)
            {
                _assemblyOverflow = true; // dropped whole: the engine's caps would refuse it anyway
                return;
            }

            if (_assembled + length > _assembly.Length)
            {
                int size = _assembly.Length == 0 ? 1024 : _assembly.Length;
                while (size < _assembled + length)
                {
                    size *= 2;
                }

                var bigger = new byte[size];
                Array.Copy(_assembly, bigger, _assembled);
                _assembly = bigger;
            }

            Array.Copy(data, 0, _assembly, _assembled, length);
            _assembled += length;
        }

        private bool IsCurrent(int attempt)
        {
            lock (_gate)
            {
                return attempt == _attempt;
            }
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

            TransportStateHandler closed = Closed;
            if (closed != null)
            {
                closed();
            }
        }

        private void DisposeSocket()
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
        }
    }
}
