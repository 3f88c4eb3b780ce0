namespace ChargePoint.Ocpp
{
    /// <summary>What the composition needs besides its injected services (the firmware fills it from its settings).</summary>
    public sealed class OcppChargePointOptions
    {
        /// <summary>Central System endpoint, e.g. "ws://csms.example.com/ocpp" (the identity is appended).</summary>
        public string CentralSystemUrl = "ws://localhost:8180/steve/websocket/CentralSystemService";

        /// <summary>Charge point identity (also the Basic auth user name).</summary>
        public string Identity = "CP001";

        public int ConnectorCount = 1;

        public string ChargePointVendor = "OpenEV-nf";

        public string ChargePointModel = "ESP32-AC";

        public string ChargePointSerialNumber;

        public string ChargeBoxSerialNumber;

        public string FirmwareVersion = FirmwareInfo.Version;

        public string MeterType;

        public string MeterSerialNumber;

        /// <summary>Optional prefix for message ids (e.g. random letters after a factory reset); keeps ids unique beyond storage loss.</summary>
        public string MessageIdSalt;

        public int InboxCapacity = 16;

        /// <summary>The default of <see cref="MaxFrameChars"/>; the transports bound their receive buffers to it (<see cref="Rpc.FrameAssembler"/>).</summary>
        public const int DefaultMaxFrameChars = 16384;

        /// <summary>Longest frame the engine accepts (characters); longer ones are refused.</summary>
        public int MaxFrameChars = DefaultMaxFrameChars;
    }
}
