namespace ChargePoint.Ocpp
{
    /// <summary>What the composition needs besides its injected services (the firmware fills it from its settings).</summary>
    public sealed class OcppChargePointOptions
    {
        /// <summary>Required: the Central System endpoint, e.g. "ws://csms.example.com/ocpp" (the identity is appended).</summary>
        public string CentralSystemUrl;

        /// <summary>Required: the charge point identity (also the Basic auth user name).</summary>
        public string Identity;

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

        /// <summary>
        /// Longest frame the engine accepts (characters); longer ones are refused. The transports bound their receive
        /// buffers to it (<see cref="Rpc.FrameAssembler"/>).
        /// </summary>
        public const int DefaultMaxFrameChars = 16384;
    }
}
