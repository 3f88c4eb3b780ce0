using System.Text.Json;

namespace ChargePoint.Firmware.Benchmark.HostOnly
{
    /// <summary>
    /// The host stand-in for the device's peer: System.Text.Json in reflection mode over the same DTOs, default options
    /// (exact property names, nulls written, as nanoFramework.Json does). A far better library than the device's peer:
    /// the host ratios understate what the device gains.
    /// </summary>
    public sealed class StjPeer : IPeerCodec
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions();

        public string Name
        {
            get { return "System.Text.Json (host stand-in for nanoFramework.Json)"; }
        }

        public PeerBootNotification ParseBootNotification(string json)
        {
            return JsonSerializer.Deserialize<PeerBootNotification>(json, Options)!;
        }

        public PeerMeterValues ParseMeterValues(string json)
        {
            return JsonSerializer.Deserialize<PeerMeterValues>(json, Options)!;
        }

        public string Serialize(object dto)
        {
            return JsonSerializer.Serialize(dto, dto.GetType(), Options);
        }
    }
}
