using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Tests.Loader
{
    /// <summary>The loader's storage over the flash-like <see cref="SimulatedStorage"/> (power cuts at a byte count).</summary>
    public sealed class SimSlotStorage : IStorage
    {
        public SimulatedStorage Flash { get; } = new SimulatedStorage();

        public long BytesWritten => Flash.BytesWritten;

        public void CutPowerAfterBytes(long bytes) => Flash.CutPowerAfterBytes(bytes);

        public void PowerOn() => Flash.PowerOn();

        public void SetRaw(string name, byte[] data) => Flash.SetRaw(name, data);

        public byte[]? Read(string name) => Flash.Read(name);

        public int ReadAt(string name, int offset, byte[] buffer, int count) => Flash.ReadAt(name, offset, buffer, count);

        public void Write(string name, byte[] data) => Flash.Write(name, data);

        public void Append(string name, byte[] data, int offset, int count) => Flash.Append(name, data, offset, count);

        public void Delete(string name) => Flash.Delete(name);

        public bool Exists(string name) => Flash.Exists(name);

        public string[] List() => Flash.List();
    }
}
