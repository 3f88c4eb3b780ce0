namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// Gives the OCPP engine and the loader the HAL storage (the same records, the same atomic write): the layers do
    /// not know each other, and their storage interfaces are the same contract, so one forwarding class serves both.
    /// </summary>
    public sealed class StorageAdapter : ChargePoint.Ocpp.Platform.IStorage, ChargePoint.Firmware.Loader.ISlotStorage
    {
        private readonly ChargePoint.Hal.IStorage _storage;

        public StorageAdapter(ChargePoint.Hal.IStorage storage)
        {
            _storage = storage;
        }

        public byte[] Read(string name) => _storage.Read(name);

        public int ReadAt(string name, int offset, byte[] buffer, int count) => _storage.ReadAt(name, offset, buffer, count);

        public void Write(string name, byte[] data) => _storage.Write(name, data);

        public void Append(string name, byte[] data, int offset, int count) => _storage.Append(name, data, offset, count);

        public void Delete(string name) => _storage.Delete(name);

        public bool Exists(string name) => _storage.Exists(name);

        public string[] List() => _storage.List();
    }
}
