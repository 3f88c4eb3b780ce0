namespace ChargePoint.Ocpp
{
    /// <summary>What the composition needs besides its injected services (the firmware fills it from its settings).</summary>
    public sealed class OcppChargePointOptions
    {
        /// <summary>Central System endpoint, e.g. "ws://csms.example.com/ocpp" (the identity is appended).</summary>
        public string CentralSystemUrl { get; set; } = "ws://localhost:8180/steve/websocket/CentralSystemService";

        /// <summary>Charge point identity (also the Basic auth user name).</summary>
        public string Identity { get; set; } = "CP001";

        public int ConnectorCount { get; set; } = 1;

        public string ChargePointVendor { get; set; } = "OpenEV-nf";

        public string ChargePointModel { get; set; } = "ESP32-AC";

        public string? ChargePointSerialNumber { get; set; }

        public string? ChargeBoxSerialNumber { get; set; }

        public string? FirmwareVersion { get; set; } = FirmwareInfo.Version;

        public string? MeterType { get; set; }

        public string? MeterSerialNumber { get; set; }

        /// <summary>Optional prefix for message ids (e.g. random letters after a factory reset); keeps ids unique beyond storage loss.</summary>
        public string? MessageIdSalt { get; set; }

        public int InboxCapacity { get; set; } = 16;

        /// <summary>The default of <see cref="MaxFrameChars"/>; the transports bound their receive buffers to it (<see cref="Rpc.FrameAssembler"/>).</summary>
        public const int DefaultMaxFrameChars = 16384;

        /// <summary>Longest frame the engine accepts (characters); longer ones are refused.</summary>
        public int MaxFrameChars { get; set; } = DefaultMaxFrameChars;
    }
}
