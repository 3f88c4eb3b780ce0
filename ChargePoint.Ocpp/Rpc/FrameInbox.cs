using System.Threading;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Bounded, locked hand-over from the transport's thread(s) to the engine's Tick. Text frames beyond the
    /// capacity are dropped (the session logs it; the peer times out and retries); open/close events always fit
    /// (two slots are reserved for them).
    /// </summary>
    public sealed class FrameInbox
    {
        public const int KindText = 0;
        public const int KindOpened = 1;
        public const int KindClosed = 2;

        private readonly object _sync = new object();
        private readonly int[] _kinds;
        private readonly string[] _texts;
        private int _head;
        private int _count;

        public FrameInbox(int capacity)
        {
            _kinds = new int[capacity + 2];
            _texts = new string[capacity + 2];
            Capacity = capacity;
        }

        public readonly int Capacity;

        public bool Post(int kind, string text)
        {
            Monitor.Enter(_sync);
            try
            {
                int limit = kind == KindText ? Capacity : _kinds.Length;
                if (_count >= limit)
                {
                    if (kind == KindText)
                    {
                        return false;
                    }

                    // Full of events: keep only the newest state change.
                    int last = (_head + _count - 1) % _kinds.Length;
                    _kinds[last] = kind;
                    _texts[last] = null;
                    return true;
                }

                int tail = (_head + _count) % _kinds.Length;
                _kinds[tail] = kind;
                _texts[tail] = text;
                _count++;
                return true;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        /// <summary>Takes the oldest item; false when empty.</summary>
        public bool TryTake(out int kind, out string text)
        {
            Monitor.Enter(_sync);
            try
            {
                if (_count == 0)
                {
                    kind = KindText;
                    text = null;
                    return false;
                }

                kind = _kinds[_head];
                text = _texts[_head];
                _texts[_head] = null;
                _head = (_head + 1) % _kinds.Length;
                _count--;
                return true;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }
    }
}
