using System;
using System.Collections;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using ChargePoint.Firmware.Update;
using ChargePoint.Ocpp.Model.Firmware;

namespace ChargePoint.Firmware.Esp32Only.Platform
{
    /// <summary>
    /// <see cref="IFileTransfer"/> over nanoFramework's blocking HttpClient (HTTP, and HTTPS checked against the
    /// `ca-certificate` root when one is stored), on its own thread. A download hands over chunks of 1 KB, at most
    /// <see cref="MaxQueuedChunks"/> waiting (the thread sleeps while the queue is full), so a bundle never sits in RAM.
    /// A body shorter than its Content-Length fails. Each transfer gets a new attempt number; a replaced one stops.
    /// </summary>
    public sealed class Esp32HttpTransfer : IFileTransfer
    {
        public const int ChunkBytes = 1024;

        public const int MaxQueuedChunks = 4;

        private readonly object _gate = new object();
        private readonly string _caPem;
        private readonly ArrayList _chunks = new ArrayList();
        private int _attempt;
        private int _state = TransferState.Failed;
        private string _error = string.Empty;
        private string _url = string.Empty;
        private byte[] _body;
        private byte[] _partial;
        private int _partialOffset;

        /// <param name="caPem">The Central System's root (PEM) for https://, or null for the device's default.</param>
        public Esp32HttpTransfer(string caPem)
        {
            _caPem = caPem;
        }

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

        public void BeginGet(string url) => Start(url, null);

        public void BeginPut(string url, byte[] body) => Start(url, body);

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

                        _partial = (byte[])_chunks[0];
                        _chunks.RemoveAt(0);
                        _partialOffset = 0;
                    }

                    int take = buffer.Length - n < _partial.Length - _partialOffset ? buffer.Length - n : _partial.Length - _partialOffset;
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

        private void Start(string url, byte[] body)
        {
            int attempt;
            lock (_gate)
            {
                attempt = ++_attempt;
                _chunks.Clear();
                _partial = null;
                _state = TransferState.Running;
                _error = string.Empty;
                _url = url;
                _body = body;
            }

            new Thread(() => Run(attempt)).Start();
        }

        private void Run(int attempt)
        {
            string url;
            byte[] body;
            lock (_gate)
            {
                url = _url;
                body = _body;
            }

            try
            {
                var http = new HttpClient();
                http.Timeout = TimeSpan.FromTicks(60 * TimeSpan.TicksPerSecond);
                if (_caPem != null && url.Length > 8 && url.Substring(0, 8).ToLower() == "https://")
                {
                    http.HttpsAuthentCert = new X509Certificate(_caPem);
                }

                HttpResponseMessage response = body != null ? http.Put(url, new ByteArrayContent(body)) : http.Get(url, HttpCompletionOption.ResponseHeadersRead);
                if (!response.IsSuccessStatusCode)
                {
                    End(attempt, "HTTP " + ((int)response.StatusCode).ToString() + " from " + url);
                    return;
                }

                if (body != null)
                {
                    End(attempt, null);
                    return;
                }

                long expected = response.Content.Headers.ContentLength;
                Stream stream = response.Content.ReadAsStream();
                long total = 0;
                while (true)
                {
                    var chunk = new byte[ChunkBytes];
                    int n = stream.Read(chunk, 0, chunk.Length);
                    if (n <= 0)
                    {
                        break;
                    }

                    if (n < chunk.Length)
                    {
                        var shorter = new byte[n];
                        Array.Copy(chunk, shorter, n);
                        chunk = shorter;
                    }

                    total += n;
                    if (!Enqueue(attempt, chunk))
                    {
                        return;
                    }
                }

                End(attempt, expected > 0 && expected != total ? "response ended after " + total.ToString() + " of " + expected.ToString() + " bytes" : null);
            }
            catch (Exception e)
            {
                End(attempt, e.GetType().Name + ": " + e.Message);
            }
        }

        private bool Enqueue(int attempt, byte[] chunk)
        {
            while (true)
            {
                lock (_gate)
                {
                    if (attempt != _attempt)
                    {
                        return false;
                    }

                    if (_chunks.Count < MaxQueuedChunks)
                    {
                        _chunks.Add(chunk);
                        return true;
                    }
                }

                Thread.Sleep(10);
            }
        }

        private void End(int attempt, string error)
        {
            lock (_gate)
            {
                if (attempt != _attempt)
                {
                    return;
                }

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
