using System;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ChargePoint.Ocpp;
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
    /// </summary>
    public sealed class HostWebSocketTransport : IOcppTransport
    {
        private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);
        private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

        private readonly object _gate = new object();
        private ClientWebSocket? _socket;
        private CancellationTokenSource? _cancel;
        private readonly int _maxFrameChars;
        private int _attempt;
        private bool _open;
        private int _dropped;

        public HostWebSocketTransport()
            : this(OcppChargePointOptions.DefaultMaxFrameChars)
        {
        }

        /// <param name="maxFrameChars">The engine's frame cap (<see cref="OcppChargePointOptions.MaxFrameChars"/>).</param>
        public HostWebSocketTransport(int maxFrameChars)
        {
            _maxFrameChars = maxFrameChars;
        }

        /// <summary>Where a dropped oversized message is reported; null writes a warning to stderr.</summary>
        public IOcppLog? Log { get; set; }

        /// <summary>Messages dropped because they exceeded the frame cap.</summary>
        public int DroppedFrames => _dropped;

        public event TransportStateHandler? Opened;

        public event TransportStateHandler? Closed;

        public event TransportTextHandler? TextReceived;

        public void Connect(string url, string subprotocol, string? authorization, int pingIntervalSeconds)
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
            _ = Task.Run(() => RunAsync(attempt, socket, cancel, url, subprotocol));
        }

        public bool Send(string text)
        {
            ClientWebSocket? socket;
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
            ClientWebSocket? open;
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

                Opened?.Invoke();
                await ReceiveLoop(attempt, socket, cancel.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException || e is IOException || e is UriFormatException || e is ArgumentException || e is InvalidOperationException)
            {
            }

            RaiseClosed(attempt);
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
                string? text = assembler.Add(buffer, 0, result.Count, first, result.EndOfMessage);
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
                        TextReceived?.Invoke(text);
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

            Closed?.Invoke();
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
