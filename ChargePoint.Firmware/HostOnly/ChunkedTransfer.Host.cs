namespace ChargePoint.Firmware.Platform
{
    /// <summary>
    /// The host's half of <see cref="ChunkedTransfer"/> (host build only): the abstract base of <see cref="HostOnly.HostHttpTransfer"/>,
    /// whose worker waits on <see cref="ChunkedTransfer.Gate"/> for queue room, so changes pulse it, and Dispose abandons
    /// the running attempt.
    /// </summary>
    public abstract partial class ChunkedTransfer
    {
        /// <summary>Downloaded chunks that may wait for the main loop.</summary>
        private const int QueueLimit = HostOnly.HostHttpTransfer.MaxQueuedChunks;

        public abstract void BeginGet(string url);

        public abstract void BeginPut(string url, byte[] body);

        /// <summary>Makes the running attempt stale: its worker stops at its next chunk.</summary>
        protected void Abandon()
        {
            lock (Gate)
            {
                _attempt++;
                QueueChanged();
            }
        }

        partial void QueueChanged()
        {
            HostOnly.HostHttpTransfer.Wake(Gate); // Monitor.PulseAll: host API, used from the HostOnly namespace
        }
    }
}
