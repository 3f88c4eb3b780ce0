namespace ChargePoint.Ocpp.Platform
{
    /// <summary>
    /// Flat, named record storage (on the device: files on the internal flash, drive I:).
    /// The one storage contract of the firmware: the loader, the HAL's users and the OCPP engine all take it. It
    /// compiles into the loader's assembly (the loader ABI), the one assembly below both the engine and the HAL.
    /// </summary>
    public interface IStorage
    {
        /// <summary>The whole record, or null when there is none.</summary>
        byte[] Read(string name);

        /// <summary>
        /// Copies up to count bytes of the record, starting at offset, into buffer[0..]; returns how many were copied
        /// (0 past the end or when there is no record). Lets large records be read in fixed-size chunks into a reused buffer.
        /// </summary>
        int ReadAt(string name, int offset, byte[] buffer, int count);

        /// <summary>Replaces a record atomically: after a power cut a reader sees the old or the new bytes, never a mix.</summary>
        void Write(string name, byte[] data);

        /// <summary>Appends to a record. A power cut may leave a torn tail, so callers frame and checksum what they append.</summary>
        void Append(string name, byte[] data, int offset, int count);

        void Delete(string name);

        bool Exists(string name);

        /// <summary>Names of all records.</summary>
        string[] List();
    }
}
