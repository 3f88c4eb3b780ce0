namespace ChargePoint.Firmware.App
{
    /// <summary>A text on demand: the log's time stamp, the network status line (one delegate type for both).</summary>
    public delegate string TextSource();
}
