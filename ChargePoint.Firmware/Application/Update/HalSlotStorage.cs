using ChargePoint.Firmware.Loader;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Update
{
    /// <summary>The device storage as the loader's <see cref="ISlotStorage"/> (the same records, the same atomic write).</summary>
    public sealed class HalSlotStorage : ISlotStorage
    {
        private readonly IStorage _storage;

        public HalSlotStorage(IStorage storage)
        {
            _storage = storage;
        }

        public byte[]? Read(string name) => _storage.Read(name);

        public int ReadAt(string name, int offset, byte[] buffer, int count) => _storage.ReadAt(name, offset, buffer, count);

        public void Write(string name, byte[] data) => _storage.Write(name, data);

        public void Append(string name, byte[] data, int offset, int count) => _storage.Append(name, data, offset, count);

        public void Delete(string name) => _storage.Delete(name);

        public bool Exists(string name) => _storage.Exists(name);

        public string[] List() => _storage.List();
    }
}
