namespace ChargePoint.Firmware.Simulator
{
    /// <summary>Command-line options of the host simulator (parsed in shared code; the host entry point stays thin).</summary>
    public sealed class SimulatorOptions
    {
        public const string Name = "ChargePoint.Firmware";

        public const string Usage =
            "usage: ChargePoint.Firmware [--central-system ws://host:port/path] [--id CP_ID] [--password KEY]\n"
            + "                            [--ca-certificate FILE]\n"
            + "                            [--storage DIR] [--board NAME] [--headless] [--demo] [--version] [--help]\n"
            + "  --central-system  OCPP-J endpoint; the charge point id is appended (ws://host/ocpp -> ws://host/ocpp/CP_ID)\n"
            + "  --id              charge point identity (ChargePointId setting)\n"
            + "  --password        AuthorizationKey for HTTP Basic auth (security profile 1)\n"
            + "  --ca-certificate  PEM file of the Central System's root CA, installed as CentralSystemRootCertificate at boot\n"
            + "                    (the out-of-band provisioning of security profiles 2 and 3; a wss:// server must chain to it)\n"
            + "  --storage         directory for settings, OCPP configuration and the transaction journal (kept across runs);\n"
            + "                    without it everything is in memory\n"
            + "  --board           board pin map to simulate (see 'config get Board')\n"
            + "  --headless        no console: log to stdout, run until SIGTERM or SIGINT (service, container)\n"
            + "  --demo            scripted offline session at accelerated time, then exit (not with --central-system)\n"
            + "  --version         print name and version, then exit\n"
            + "  --power-cut-during-install BYTES  test hook: the process dies (a power cut) after the firmware installer\n"
            + "                    wrote BYTES bytes\n"
            + "exit codes: 0 clean stop (quit, end of input, SIGTERM/SIGINT, demo done), 1 demo failed, 2 bad command line\n"
            + "            or unusable --storage, 3 watchdog, 137 simulated power cut";

        public string? CentralSystem;
        public string? Id;
        public string? Password;

        /// <summary>--ca-certificate: the file name; the host entry point reads it into <see cref="CaCertificatePem"/>.</summary>
        public string? CaCertificate;

        public string? CaCertificatePem;
        public string? StorageDirectory;
        public string? Board;
        public bool Demo;
        public bool Headless;
        public bool Help;
        public bool Version;

        /// <summary>Bytes the firmware installer may write before the process dies (a power cut); -1: never.</summary>
        public long PowerCutDuringInstall = -1;

        /// <summary>"ChargePoint.Firmware 0.1.0 (OCPP ocpp1.6, simulated board)".</summary>
        public static string VersionText()
        {
            return Name + " " + ChargePoint.Ocpp.OcppChargePoint.FirmwareVersion + " (" + ChargePoint.Ocpp.OcppChargePoint.ProtocolVersion + ", simulated board)";
        }

        /// <summary>Parses the arguments; returns null and sets <paramref name="error"/> on a bad command line.</summary>
        public static SimulatorOptions? Parse(string[] args, out string error)
        {
            var o = new SimulatorOptions();
            error = string.Empty;
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                switch (a)
                {
                    case "--demo":
                        o.Demo = true;
                        continue;
                    case "--headless":
                        o.Headless = true;
                        continue;
                    case "--help":
                    case "-h":
                        o.Help = true;
                        continue;
                    case "--version":
                        o.Version = true;
                        continue;
                }

                if (a != "--central-system" && a != "--id" && a != "--password" && a != "--ca-certificate" && a != "--storage" && a != "--board"
                    && a != "--power-cut-during-install")
                {
                    error = "unknown option '" + a + "'";
                    return null;
                }

                if (i + 1 >= args.Length)
                {
                    error = "option " + a + " needs a value";
                    return null;
                }

                string v = args[++i];
                switch (a)
                {
                    case "--central-system": o.CentralSystem = v; break;
                    case "--id": o.Id = v; break;
                    case "--password": o.Password = v; break;
                    case "--ca-certificate": o.CaCertificate = v; break;
                    case "--storage": o.StorageDirectory = v; break;
                    case "--power-cut-during-install":
                        if (!long.TryParse(v, out o.PowerCutDuringInstall) || o.PowerCutDuringInstall < 0)
                        {
                            error = "--power-cut-during-install needs a byte count";
                            return null;
                        }

                        break;
                    default: o.Board = v; break;
                }
            }

            if (o.Demo && o.CentralSystem != null)
            {
                error = "--demo runs offline (it shows the journal filling without a Central System); it cannot be combined with --central-system";
                return null;
            }

            if (o.Demo && o.Headless)
            {
                error = "--demo and --headless cannot be combined (the demo ends by itself)";
                return null;
            }

            return o;
        }
    }
}
