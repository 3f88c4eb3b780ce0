using System;
using System.IO;
using System.Threading;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// The console on stdin/stdout. A reader thread feeds lines into a bounded queue (end of stdin closes it).
    /// When stdout is a terminal a live status line is kept at the bottom and redrawn below each output line;
    /// when it is redirected, output is plain lines only (tests and scripts parse it).
    /// </summary>
    public sealed class StdioConsole : IConsoleIo
    {
        private readonly LineQueue _lines = new LineQueue(256);
        private readonly object _gate = new object();
        private readonly TextWriter _out;
        private readonly bool _live;
        private string _status = string.Empty;

        public StdioConsole()
        {
            _out = System.Console.Out;
            _live = !System.Console.IsOutputRedirected;
            var reader = new Thread(ReadInput) { IsBackground = true, Name = "stdin" };
            reader.Start();
        }

        public bool IsTerminal => _live;

        public bool InputClosed => _lines.IsDrainedAndClosed;

        public string? ReadLine() => _lines.Take();

        public void WriteLine(string line)
        {
            lock (_gate)
            {
                if (_live && _status.Length > 0)
                {
                    _out.Write("\r\u001b[2K");
                }

                _out.WriteLine(line);
                if (_live && _status.Length > 0)
                {
                    _out.Write(_status);
                }

                _out.Flush();
            }
        }

        /// <summary>Shows or replaces the live status line (terminal only).</summary>
        public void SetStatusLine(string status)
        {
            if (!_live)
            {
                return;
            }

            lock (_gate)
            {
                if (status == _status)
                {
                    return;
                }

                _status = status;
                _out.Write("\r\u001b[2K" + status);
                _out.Flush();
            }
        }

        /// <summary>Removes the status line before exit.</summary>
        public void ClearStatusLine()
        {
            if (!_live)
            {
                return;
            }

            lock (_gate)
            {
                _out.Write("\r\u001b[2K");
                _out.Flush();
                _status = string.Empty;
            }
        }

        private void ReadInput()
        {
            try
            {
                string? line;
                while ((line = System.Console.In.ReadLine()) != null)
                {
                    // A burst of piped commands must not be lost: wait for room rather than drop.
                    while (!_lines.Add(line))
                    {
                        Thread.Sleep(5);
                    }
                }
            }
            catch (IOException)
            {
            }
            finally
            {
                _lines.Close();
            }
        }
    }
}
