using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using ChargePoint.Firmware.Platform;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// <see cref="ChunkedTransfer"/> over HttpClient (HTTP and HTTPS; FTP is not offered). The transfer runs on a task;
    /// a download queues at most <see cref="MaxQueuedChunks"/> chunks of 4 KB for the main loop (the worker waits when
    /// the queue is full), so a bundle is never held in RAM. A response that ends before its Content-Length, a non-2xx
    /// status or a timeout fails the transfer. Starting a new transfer cancels the old one; its late events are ignored.
    /// </summary>
    public sealed class HostHttpTransfer : ChunkedTransfer, IDisposable
    {
        public const int ChunkBytes = 4096;

        public const int MaxQueuedChunks = 8;

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        private readonly HttpClient _http = new HttpClient { Timeout = Timeout };
        private CancellationTokenSource _cancel;

        public override void BeginGet(string url)
        {
            int attempt = Start(out CancellationToken token);
            _ = Task.Run(() => GetAsync(attempt, url, token));
        }

        public override void BeginPut(string url, byte[] body)
        {
            int attempt = Start(out CancellationToken token);
            _ = Task.Run(() => PutAsync(attempt, url, body, token));
        }

        public void Dispose()
        {
            lock (Gate)
            {
                _cancel?.Cancel();
                Abandon();
            }

            _http.Dispose();
        }

        /// <summary>Wakes a worker waiting on the gate for queue room (ChunkedTransfer.QueueChanged, host half).</summary>
        internal static void Wake(object gate)
        {
            Monitor.PulseAll(gate);
        }

        private int Start(out CancellationToken token)
        {
            lock (Gate)
            {
                _cancel?.Cancel();
                _cancel = new CancellationTokenSource();
                token = _cancel.Token;
                return NewAttempt();
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

                    total += n;
                    if (!Enqueue(attempt, chunk, n))
                    {
                        return;
                    }
                }

                End(attempt, ShortBody(expected ?? -1, total));
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
        private bool Enqueue(int attempt, byte[] chunk, int count)
        {
            lock (Gate)
            {
                while (true)
                {
                    int answer = Offer(attempt, chunk, count);
                    if (answer != QueueFull)
                    {
                        return answer == Queued;
                    }

                    Monitor.Wait(Gate, 1000);
                }
            }
        }
    }
}
