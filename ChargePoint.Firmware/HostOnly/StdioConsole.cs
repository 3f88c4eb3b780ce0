using System;
using System.IO;
using System.Threading;
using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Simulator;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// The console on stdin/stdout. A reader thread feeds lines into a bounded queue (end of stdin closes it).
    /// When stdin and stdout are a terminal, keys are read one by one and the screen is a <see cref="TerminalView"/>:
    /// output scrolls above a live status line and the prompt, and redraws keep what the user is typing.
    /// When either is redirected, output is plain lines only (tests and scripts parse it). Headless: no input at all.
    /// </summary>
    public sealed class StdioConsole : IConsoleIo
    {
        private readonly LineQueue _lines = new LineQueue(256);
        private readonly object _gate = new object();
        private readonly TextWriter _out;
        private readonly bool _live;
        private readonly bool _readInput;
        private readonly TerminalView _view = new TerminalView();

        public StdioConsole(bool readInput)
        {
            _out = System.Console.Out;
            _readInput = readInput;
            _live = readInput && !System.Console.IsOutputRedirected && !System.Console.IsInputRedirected;
            if (readInput)
            {
                var reader = new Thread(_live ? ReadKeys : ReadInput) { IsBackground = true, Name = "stdin" };
                reader.Start();
            }
        }

        public bool IsTerminal => _live;

        /// <summary>End of stdin (never when there is no input: headless runs until a signal).</summary>
        public bool InputClosed => _readInput && _lines.IsDrainedAndClosed;

        public string ReadLine() => _lines.Take();

        public void WriteLine(string line)
        {
            lock (_gate)
            {
                if (_live)
                {
                    _out.Write(_view.Line(line));
                }
                else
                {
                    _out.WriteLine(line);
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
                _out.Write(_view.SetStatus(Fit(status)));
                _out.Flush();
            }
        }

        /// <summary>Removes the status line and prompt before exit.</summary>
        public void ClearStatusLine()
        {
            if (!_live)
            {
                return;
            }

            lock (_gate)
            {
                _out.Write(_view.Close());
                _out.Flush();
            }
        }

        /// <summary>A status line wider than the terminal would wrap and break the two-line footer.</summary>
        private static string Fit(string status)
        {
            int width;
            try
            {
                width = System.Console.WindowWidth;
            }
            catch (IOException)
            {
                return status;
            }

            return width > 1 && status.Length >= width ? status.Substring(0, width - 1) : status;
        }

        private void ReadInput()
        {
            try
            {
                string line;
                while ((line = System.Console.In.ReadLine()) != null)
                {
                    Enqueue(line);
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

        /// <summary>Terminal input: keys without echo; the view echoes and edits. Ctrl+D on an empty line ends input.</summary>
        private void ReadKeys()
        {
            try
            {
                while (true)
                {
                    ConsoleKeyInfo key = System.Console.ReadKey(true);
                    char c = key.Key == ConsoleKey.Enter ? '\r' : key.Key == ConsoleKey.Backspace ? '\b' : key.KeyChar;
                    string line;
                    lock (_gate)
                    {
                        if (c == (char)4 && _view.Typed.Length == 0)
                        {
                            return;
                        }

                        _out.Write(_view.Key(c, out line));
                        _out.Flush();
                    }

                    if (line != null)
                    {
                        Enqueue(line);
                    }
                }
            }
            catch (IOException)
            {
            }
            catch (InvalidOperationException)
            {
            }
            finally
            {
                _lines.Close();
            }
        }

        private void Enqueue(string line)
        {
            // A burst of piped commands must not be lost: wait for room rather than drop.
            while (!_lines.Add(line))
            {
                Thread.Sleep(5);
            }
        }
    }
}
