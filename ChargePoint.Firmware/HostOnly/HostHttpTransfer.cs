using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ChargePoint.Firmware.Update;
using ChargePoint.Ocpp.Model.Firmware;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// <see cref="IFileTransfer"/> over HttpClient (HTTP and HTTPS; FTP is not offered). The transfer runs on a task;
    /// a download queues at most <see cref="MaxQueuedChunks"/> chunks of 4 KB for the main loop (the worker waits when
    /// the queue is full), so a bundle is never held in RAM. A response that ends before its Content-Length, a non-2xx
    /// status or a timeout fails the transfer. Starting a new transfer cancels the old one; its late events are ignored.
    /// </summary>
    public sealed class HostHttpTransfer : IFileTransfer, IDisposable
    {
        public const int ChunkBytes = 4096;

        public const int MaxQueuedChunks = 8;

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        private readonly object _gate = new object();
        private readonly HttpClient _http = new HttpClient { Timeout = Timeout };
        private readonly Queue<byte[]> _chunks = new Queue<byte[]>();
        private CancellationTokenSource? _cancel;
        private int _attempt;
        private int _state = TransferState.Failed;
        private bool _ended;
        private string _error = string.Empty;
        private byte[]? _partial;
        private int _partialOffset;

        public int State
        {
            get
            {
                lock (_gate)
                {
                    return _state == TransferState.Succeeded && (_chunks.Count > 0 || _partial != null) ? TransferState.Running : _state;
                }
            }
        }

        public string Error
        {
            get
            {
                lock (_gate)
                {
                    return _error;
                }
            }
        }

        public void BeginGet(string url)
        {
            int attempt = Start();
            CancellationToken token = _cancel!.Token;
            _ = Task.Run(() => GetAsync(attempt, url, token));
        }

        public void BeginPut(string url, byte[] body)
        {
            int attempt = Start();
            CancellationToken token = _cancel!.Token;
            _ = Task.Run(() => PutAsync(attempt, url, body, token));
        }

        public int Read(byte[] buffer)
        {
            lock (_gate)
            {
                int n = 0;
                while (n < buffer.Length)
                {
                    if (_partial == null)
                    {
                        if (_chunks.Count == 0)
                        {
                            break;
                        }

                        _partial = _chunks.Dequeue();
                        _partialOffset = 0;
                        Monitor.PulseAll(_gate);
                    }

                    int take = Math.Min(buffer.Length - n, _partial.Length - _partialOffset);
                    Array.Copy(_partial, _partialOffset, buffer, n, take);
                    n += take;
                    _partialOffset += take;
                    if (_partialOffset == _partial.Length)
                    {
                        _partial = null;
                    }
                }

                return n;
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _cancel?.Cancel();
                _attempt++;
                Monitor.PulseAll(_gate);
            }

            _http.Dispose();
        }

        private int Start()
        {
            lock (_gate)
            {
                _cancel?.Cancel();
                _cancel = new CancellationTokenSource();
                _chunks.Clear();
                _partial = null;
                _state = TransferState.Running;
                _ended = false;
                _error = string.Empty;
                Monitor.PulseAll(_gate);
                return ++_attempt;
            }
        }

        private async Task GetAsync(int attempt, string url, CancellationToken token)
        {
            try
            {
                using HttpResponseMessage response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    End(attempt, "HTTP " + (int)response.StatusCode + " from " + url);
                    return;
                }

                long? expected = response.Content.Headers.ContentLength;
                using Stream body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
                long total = 0;
                while (true)
                {
                    var chunk = new byte[ChunkBytes];
                    int n = await body.ReadAsync(chunk, 0, chunk.Length, token).ConfigureAwait(false);
                    if (n <= 0)
                    {
                        break;
                    }

                    if (n < chunk.Length)
                    {
                        Array.Resize(ref chunk, n);
                    }

                    total += n;
                    if (!Enqueue(attempt, chunk))
                    {
                        return;
                    }
                }

                End(attempt, expected != null && expected.Value != total ? "response ended after " + total + " of " + expected.Value + " bytes" : null);
            }
            catch (Exception e) when (e is HttpRequestException || e is IOException || e is TaskCanceledException || e is OperationCanceledException || e is InvalidOperationException || e is UriFormatException)
            {
                End(attempt, e.GetType().Name + ": " + e.Message);
            }
        }

        private async Task PutAsync(int attempt, string url, byte[] body, CancellationToken token)
        {
            try
            {
                using var content = new ByteArrayContent(body);
                using HttpResponseMessage response = await _http.PutAsync(url, content, token).ConfigureAwait(false);
                End(attempt, response.IsSuccessStatusCode ? null : "HTTP " + (int)response.StatusCode + " from " + url);
            }
            catch (Exception e) when (e is HttpRequestException || e is IOException || e is TaskCanceledException || e is OperationCanceledException || e is InvalidOperationException || e is UriFormatException)
            {
                End(attempt, e.GetType().Name + ": " + e.Message);
            }
        }

        /// <summary>Queues a chunk, waiting while the queue is full; false when this transfer was replaced.</summary>
        private bool Enqueue(int attempt, byte[] chunk)
        {
            lock (_gate)
            {
                while (attempt == _attempt && _chunks.Count >= MaxQueuedChunks)
                {
                    Monitor.Wait(_gate, 1000);
                }

                if (attempt != _attempt)
                {
                    return false;
                }

                _chunks.Enqueue(chunk);
                return true;
            }
        }

        private void End(int attempt, string? error)
        {
            lock (_gate)
            {
                if (attempt != _attempt || _ended)
                {
                    return;
                }

                _ended = true;
                _state = error == null ? TransferState.Succeeded : TransferState.Failed;
                _error = error ?? string.Empty;
                if (error != null)
                {
                    _chunks.Clear();
                    _partial = null;
                }
            }
        }
    }
}
