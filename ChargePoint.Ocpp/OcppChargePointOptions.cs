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

        /// <summary>Identity of this OCPP implementation, reported in BootNotification and on the console.</summary>
        public const string FirmwareVersion = "0.1.0";

        public const string ProtocolVersion = "ocpp1.6";

        /// <summary>
        /// The BootNotification.req the charge point sends: vendor, model and firmware version preset; set serial numbers,
        /// meter type and the rest here.
        /// </summary>
        public readonly BootNotificationRequest BootNotification = new BootNotificationRequest("OpenEV-nf", "ESP32-AC") { FirmwareVersion = FirmwareVersion };

        /// <summary>
        /// Longest frame the engine accepts (characters); longer ones are refused. The transports bound their receive
        /// buffers to it (<see cref="Rpc.FrameAssembler"/>).
        /// </summary>
        public const int DefaultMaxFrameChars = 16384;
    }
}
