using System.Collections;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// Bounded, thread-safe queue of input lines: the host's stdin reader thread produces, the main loop consumes
    /// (host only: the ESP32's <see cref="SerialConsole"/> polls its UART from the main loop). Lines beyond the capacity are dropped and counted, never blocking the producer.
    /// </summary>
    public sealed class LineQueue
    {
        private readonly Queue _lines = new Queue();
        private readonly object _gate = new object();
        private readonly int _capacity;
        private bool _closed;
        private int _unreported;

        public LineQueue(int capacity)
        {
            _capacity = capacity;
        }

        /// <summary>Lines dropped since the queue was made.</summary>
        public int Dropped;

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _lines.Count;
                }
            }
        }

        /// <summary>Lines dropped since the last call (the console says so: nothing is lost silently).</summary>
        public int TakeDropped()
        {
            lock (_gate)
            {
                int n = _unreported;
                _unreported = 0;
                return n;
            }
        }

        public bool Add(string line)
        {
            lock (_gate)
            {
                if (_lines.Count >= _capacity)
                {
                    Dropped++;
                    _unreported++;
                    return false;
                }

                _lines.Enqueue(line);
                return true;
            }
        }

        public string? Take()
        {
            lock (_gate)
            {
                return _lines.Count == 0 ? null : (string?)_lines.Dequeue();
            }
        }

        /// <summary>Marks the end of input: <see cref="IsDrainedAndClosed"/> turns true once the queue is empty.</summary>
        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
            }
        }

        public bool IsDrainedAndClosed
        {
            get
            {
                lock (_gate)
                {
                    return _closed && _lines.Count == 0;
                }
            }
        }
    }
}
