namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// The record storage the loader needs (the same contract as the HAL's IStorage, which the application adapts to
    /// it). The loader has its own interface so that it shares nothing with the application but this assembly and the
    /// managed SHA-256: every other assembly can be replaced by an update.
    /// </summary>
    public interface ISlotStorage
    {
        byte[] Read(string name);

        /// <summary>Up to count bytes of the record from offset into buffer[0..]; 0 past the end or without the record.</summary>
        int ReadAt(string name, int offset, byte[] buffer, int count);

        /// <summary>Replaces a record atomically (after a power cut: the old or the new bytes).</summary>
        void Write(string name, byte[] data);

        /// <summary>Appends (a power cut may leave a torn tail).</summary>
        void Append(string name, byte[] data, int offset, int count);

        void Delete(string name);

        bool Exists(string name);

        string[] List();
    }
}
