using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading;

namespace ChargePoint.Firmware.Platform
{
    /// <summary>
    /// The ESP32's half of <see cref="ChunkedTransfer"/> (one type in the .pe, no subclass): the transfer over
    /// nanoFramework's blocking HttpClient (HTTP, and HTTPS checked against the `ca-certificate` root when one is
    /// stored), on its own thread. A download hands over chunks of 1 KB, at most
    /// QueueLimit waiting (the thread sleeps while the queue is full), so a bundle never sits in RAM.
    /// A body shorter than its Content-Length fails. Each transfer gets a new attempt number; a replaced one stops.
    /// </summary>
    public partial class ChunkedTransfer
    {
        public const int ChunkBytes = 1024;

        /// <summary>Downloaded chunks that may wait for the main loop.</summary>
        private const int QueueLimit = 4;

        private readonly string _caPem;

        // The transfer no worker has taken yet (under Gate; fields, not a closure class per call).
        private string _url;
        private byte[] _body;
        private int _runAttempt;

        /// <param name="caPem">The Central System's root (PEM) for https://, or null for the device's default.</param>
        public ChunkedTransfer(string caPem)
        {
            _caPem = caPem;
        }

        public void BeginGet(string url) => BeginPut(url, null);

        /// <summary>Starts a PUT of body, or a GET when body is null (BeginGet).</summary>
        public void BeginPut(string url, byte[] body)
        {
            lock (Gate)
            {
                _runAttempt = NewAttempt();
                _url = url ?? string.Empty; // null means taken
                _body = body;
            }

            new Thread(Run).Start();
        }

        /// <summary>Takes the latest transfer; a worker that finds none left (a later one's worker took it) ends.</summary>
        private void Run()
        {
            int attempt;
            string url;
            byte[] body;
            lock (Gate)
            {
                attempt = _runAttempt;
                url = _url;
                body = _body;
                _url = null;
            }

            if (url == null)
            {
                return;
            }

            try
            {
                var http = new HttpClient();
                http.Timeout = TimeSpan.FromSeconds(60);
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

                    total += n;
                    int answer;
                    while ((answer = Offer(attempt, chunk, n)) == QueueFull)
                    {
                        Thread.Sleep(10); // the main loop reads the queue
                    }

                    if (answer != Queued)
                    {
                        return; // replaced by a later transfer
                    }
                }

                // A Content-Length of 0 counts as none.
                End(attempt, ShortBody(expected > 0 ? expected : -1, total));
            }
            catch (Exception e)
            {
                End(attempt, e.GetType().Name + ": " + e.Message);
            }
        }
    }
}
