namespace ChargePoint.Firmware.Update
{
    /// <summary>Writes the file to upload into the storage record target (replacing it); false when there is nothing to send.</summary>
    public delegate bool FileSource(string target);
}
