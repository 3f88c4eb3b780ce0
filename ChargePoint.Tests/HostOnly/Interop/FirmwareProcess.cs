using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// The host build of the firmware running as a real process: console commands go to its stdin,
    /// its output lines are collected. The build of the same configuration as the tests is used.
    /// </summary>
    public sealed class FirmwareProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = new List<string>();
        private readonly object _gate = new object();

        public FirmwareProcess(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(FirmwareDll);
            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            _process = Process.Start(start) ?? throw new InvalidOperationException("firmware did not start");
            _process.OutputDataReceived += (_, e) => Collect(e.Data);
            _process.ErrorDataReceived += (_, e) => Collect(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>The firmware assembly built beside the tests (same configuration and framework).</summary>
        public static string FirmwareDll => Compat.RepoPaths.ProjectOutput("ChargePoint.Firmware", "ChargePoint.Firmware.dll");

        public bool HasExited => _process.HasExited;

        /// <summary>The process id (to send it a signal).</summary>
        public int Id => _process.Id;

        public int ExitCode => _process.ExitCode;

        public string Output
        {
            get
            {
                lock (_gate)
                {
                    return string.Join("\n", _lines);
                }
            }
        }

        public int LineCount
        {
            get
            {
                lock (_gate)
                {
                    return _lines.Count;
                }
            }
        }

        /// <summary>Ends the firmware's stdin.</summary>
        public void CloseInput()
        {
            _process.StandardInput.Close();
        }

        public void Type(string line)
        {
            _process.StandardInput.WriteLine(line);
            _process.StandardInput.Flush();
        }

        /// <summary>Waits for an output line (at or after index <paramref name="from"/>) containing the text.</summary>
        public string WaitForLine(string contains, TimeSpan timeout, int from = 0)
        {
            var deadline = DateTime.UtcNow + timeout;
            lock (_gate)
            {
                while (true)
                {
                    for (int i = from; i < _lines.Count; i++)
                    {
                        if (_lines[i].Contains(contains, StringComparison.Ordinal))
                        {
                            return _lines[i];
                        }
                    }

                    var left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero)
                    {
                        throw new TimeoutException("firmware never printed '" + contains + "'. Output:\n" + string.Join("\n", _lines));
                    }

                    Monitor.Wait(_gate, left);
                }
            }
        }

        public bool WaitForExit(TimeSpan timeout)
        {
            return _process.WaitForExit((int)timeout.TotalMilliseconds);
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    try
                    {
                        Type("quit");
                        _process.StandardInput.Close();
                    }
                    catch (IOException)
                    {
                    }

                    if (!_process.WaitForExit(5000))
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

        private void Collect(string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (_gate)
            {
                _lines.Add(line);
                Monitor.PulseAll(_gate);
            }
        }
    }
}
