using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// Piped stdin shared by the applications the host loader runs one after the other: one thread reads the real
    /// input and hands each line to the running application's console (System.System.Console.In is swapped per run), so an
    /// application that ended (reboot into another slot) stops reading. Lines typed between runs wait for the next.
    /// </summary>
    public sealed class StdinRelay
    {
        private readonly object _gate = new object();
        private readonly TextReader _input;
        private readonly ConcurrentQueue<string> _pending = new ConcurrentQueue<string>();
        private RelayReader _current;
        private bool _ended;

        public StdinRelay()
        {
            _input = System.Console.In;
            new Thread(Pump) { IsBackground = true, Name = "stdin relay" }.Start();
        }

        public void BeginRun()
        {
            lock (_gate)
            {
                _current = new RelayReader();
                while (_pending.TryDequeue(out string line))
                {
                    _current.Add(line);
                }

                if (_ended)
                {
                    _current.Complete();
                }

                System.Console.SetIn(_current);
            }
        }

        public void EndRun()
        {
            lock (_gate)
            {
                _current?.Complete();
                _current = null;
            }
        }

        private void Pump()
        {
            try
            {
                string line;
                while ((line = _input.ReadLine()) != null)
                {
                    lock (_gate)
                    {
                        if (_current != null)
                        {
                            _current.Add(line);
                        }
                        else
                        {
                            _pending.Enqueue(line);
                        }
                    }
                }
            }
            catch (IOException)
            {
            }

            lock (_gate)
            {
                _ended = true;
                _current?.Complete();
            }
        }

        private sealed class RelayReader : TextReader
        {
            private readonly BlockingCollection<string> _lines = new BlockingCollection<string>();

            public void Add(string line)
            {
                if (!_lines.IsAddingCompleted)
                {
                    _lines.Add(line);
                }
            }

            public void Complete() => _lines.CompleteAdding();

            public override string ReadLine()
            {
                try
                {
                    return _lines.Take();
                }
                catch (InvalidOperationException)
                {
                    return null; // completed: end of this run's input
                }
            }
        }
    }
}
