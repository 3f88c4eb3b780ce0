using ChargePoint.Ocpp.Messages.V16;

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

        /// <summary>
        /// The BootNotification.req the charge point sends: vendor, model and firmware version preset; set serial numbers,
        /// meter type and the rest here.
        /// </summary>
        public readonly BootNotificationRequest BootNotification = new BootNotificationRequest("OpenEV-nf", "ESP32-AC") { FirmwareVersion = FirmwareInfo.Version };

        /// <summary>Optional prefix for message ids (e.g. random letters after a factory reset); keeps ids unique beyond storage loss.</summary>
        public string MessageIdSalt;

        /// <summary>
        /// Longest frame the engine accepts (characters); longer ones are refused. The transports bound their receive
        /// buffers to it (<see cref="Rpc.FrameAssembler"/>).
        /// </summary>
        public const int DefaultMaxFrameChars = 16384;
    }
}
