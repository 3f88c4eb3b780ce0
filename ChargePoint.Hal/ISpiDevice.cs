namespace ChargePoint.Hal
{
    /// <summary>
    /// One SPI slave (its chip select is owned by the adapter). A transfer is one chip-select-low frame:
    /// write.Length bytes are clocked out while as many are clocked into read.
    /// </summary>
    public interface ISpiDevice
    {
        /// <summary>Full-duplex frame; both arrays must have the same length.</summary>
        void TransferFullDuplex(byte[] write, byte[] read);
    }
}
