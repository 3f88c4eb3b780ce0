using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// The simulated flash with counters: appends are journal meter-value writes (the only Append caller), so the
    /// worst-tick section can tell whether its tick wrote the journal. Counting allocates nothing.
    /// </summary>
    public sealed class BenchStorage : IStorage
    {
        public BenchStorage()
        {
            Inner = new SimulatedStorage();
        }

        public SimulatedStorage Inner { get; }

        public int Appends { get; private set; }

        public int Writes { get; private set; }

        /// <summary>Bytes of all records (reads copies: call outside measured windows).</summary>
        public long StoredBytes()
        {
            long total = 0;
            string[] names = Inner.List();
            for (int i = 0; i < names.Length; i++)
            {
                byte[]? data = Inner.Read(names[i]);
                total += data == null ? 0 : data.Length;
            }

            return total;
        }

        public byte[]? Read(string name)
        {
            return Inner.Read(name);
        }

        public int ReadAt(string name, int offset, byte[] buffer, int count)
        {
            return Inner.ReadAt(name, offset, buffer, count);
        }

        public void Write(string name, byte[] data)
        {
            Writes++;
            Inner.Write(name, data);
        }

        public void Append(string name, byte[] data, int offset, int count)
        {
            Appends++;
            Inner.Append(name, data, offset, count);
        }

        public void Delete(string name)
        {
            Inner.Delete(name);
        }

        public bool Exists(string name)
        {
            return Inner.Exists(name);
        }

        public string[] List()
        {
            return Inner.List();
        }
    }
}
