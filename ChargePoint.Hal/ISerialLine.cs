namespace ChargePoint.Hal
{
    /// <summary>A byte-oriented serial line (UART). Reads never block: they return what has arrived.</summary>
    public interface ISerialLine
    {
        int BytesToRead { get; }

        /// <summary>Copies up to count received bytes; returns how many (0 when nothing arrived).</summary>
        int Read(byte[] buffer, int offset, int count);

        void Write(byte[] buffer, int offset, int count);
    }
}
