namespace ChargePoint.Firmware.App
{
    /// <summary>The current time as text for a log line.</summary>
    public delegate string TimeStampSource();
}
