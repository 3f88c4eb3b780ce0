namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// The general-purpose JSON library our codec is compared with, on the same payload text and on plain DTOs
    /// (<see cref="PeerBootNotification"/>, <see cref="PeerMeterValues"/>): nanoFramework.Json on the device (NanoOnly),
    /// System.Text.Json as a stand-in on the host (HostOnly).
    /// </summary>
    public interface IPeerCodec
    {
        /// <summary>Library and version, as printed in the table.</summary>
        string Name { get; }

        PeerBootNotification ParseBootNotification(string json);

        PeerMeterValues ParseMeterValues(string json);

        string Serialize(object dto);
    }
}
