using nanoFramework.Json;

namespace ChargePoint.Firmware.Benchmark.NanoOnly
{
    /// <summary>The peer on the device: nanoFramework.Json (reflection over the DTOs, default options).</summary>
    public sealed class NanoJsonPeer : IPeerCodec
    {
        public string Name
        {
            get { return "nanoFramework.Json 2.2.203"; }
        }

        public PeerBootNotification ParseBootNotification(string json)
        {
            return (PeerBootNotification)JsonConvert.DeserializeObject(json, typeof(PeerBootNotification));
        }

        public PeerMeterValues ParseMeterValues(string json)
        {
            return (PeerMeterValues)JsonConvert.DeserializeObject(json, typeof(PeerMeterValues));
        }

        public string Serialize(object dto)
        {
            return JsonConvert.SerializeObject(dto);
        }
    }
}
