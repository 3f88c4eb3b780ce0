using System.Collections;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// Bounded, thread-safe queue of input lines: the platform's receive thread (UART event, stdin reader)
    /// produces, the main loop consumes. Lines beyond the capacity are dropped and counted, never blocking the producer.
    /// </summary>
    public sealed class LineQueue
    {
        private readonly Queue _lines = new Queue();
        private readonly object _gate = new object();
        private readonly int _capacity;
        private bool _closed;

        public LineQueue(int capacity)
        {
            _capacity = capacity;
        }

        public int Dropped { get; private set; }

        public bool Add(string line)
        {
            lock (_gate)
            {
                if (_lines.Count >= _capacity)
                {
                    Dropped++;
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
