namespace ChargePoint.Firmware.Update
{
    /// <summary>A line for the log about a transfer or an install (why a download or an install failed).</summary>
    public delegate void TransferNoteHandler(string message);
}
