using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;
using System.Threading;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// Runs one of the Node.js test peers in ChargePoint.Tests/Interop and talks to it in JSON lines.
    /// Events are queued as they arrive; tests wait for them with a real-time timeout (this is a
    /// process-level test, so wall-clock waits are the only option).
    /// </summary>
    public sealed class NodePeerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<JsonElement> _events = new List<JsonElement>();
        private readonly object _gate = new object();
        private readonly List<string> _stderr = new List<string>();
        private int _nextRef;

        public NodePeerProcess(string script, params string[] arguments)
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = InteropPaths.PeerDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(script);
            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            _process.OutputDataReceived += (_, e) =>
            {
                if (string.IsNullOrWhiteSpace(e.Data))
                {
                    return;
                }

                using var doc = JsonDocument.Parse(e.Data);
                lock (_gate)
                {
                    _events.Add(doc.RootElement.Clone());
                    Monitor.PulseAll(_gate);
                }
            };
            _process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (_gate)
                    {
                        _stderr.Add(e.Data);
                    }
                }
            };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public IReadOnlyList<JsonElement> Events
        {
            get
            {
                lock (_gate)
                {
                    return _events.ToArray();
                }
            }
        }

        public string StandardError
        {
            get
            {
                lock (_gate)
                {
                    return string.Join("\n", _stderr);
                }
            }
        }

        /// <summary>Sends one command object; returns the ref assigned to it.</summary>
        public int Send(Dictionary<string, object?> command)
        {
            int reference = Interlocked.Increment(ref _nextRef);
            command["ref"] = reference;
            _process.StandardInput.WriteLine(JsonSerializer.Serialize(command));
            _process.StandardInput.Flush();
            return reference;
        }

        /// <summary>Waits for the first event (at or after index <paramref name="from"/>) that matches.</summary>
        public JsonElement WaitFor(Func<JsonElement, bool> match, TimeSpan timeout, int from = 0)
        {
            var deadline = DateTime.UtcNow + timeout;
            lock (_gate)
            {
                while (true)
                {
                    for (int i = from; i < _events.Count; i++)
                    {
                        if (match(_events[i]))
                        {
                            return _events[i];
                        }
                    }

                    var left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero || _process.HasExited)
                    {
                        throw new TimeoutException("peer event not seen. Events:\n" + Dump() + "\nstderr:\n" + string.Join("\n", _stderr));
                    }

                    Monitor.Wait(_gate, left);
                }
            }
        }

        public static bool Is(JsonElement e, string eventName, string? action = null)
        {
            if (!e.TryGetProperty("event", out var ev) || ev.GetString() != eventName)
            {
                return false;
            }

            return action == null || (e.TryGetProperty("action", out var a) && a.GetString() == action);
        }

        public string Dump()
        {
            lock (_gate)
            {
                var lines = new List<string>();
                foreach (var e in _events)
                {
                    lines.Add(e.GetRawText());
                }

                return string.Join("\n", lines);
            }
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.StandardInput.Close();
                    if (!_process.WaitForExit(3000))
                    {
                        _process.Kill(true);
                    }
                }
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }
    }
}
