using System;
using System.Collections;
using System.Net.NetworkInformation;
using System.Threading;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Esp32Only.Hal;
using ChargePoint.Firmware.Esp32Only.Platform;
using ChargePoint.Firmware.Loader;
using ChargePoint.Firmware.Platform;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Update;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;
using System.Device.Wifi;
using System.Text;
using System.Diagnostics;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>
    /// Device entry point (ESP32, nanoFramework). Order matters: storage and settings first (they name the board),
    /// then the console, Wi-Fi with the clock from SNTP (bounded wait; OCPP sets it otherwise), then the charger and
    /// the cooperative loop. A Timer supervises the loop (software watchdog) and reboots the device if it stalls.
    /// The application is one instance whose fields the platform callbacks read: method groups of it instead of
    /// lambdas, so no closure class per method in the image.
    /// </summary>
    public sealed partial class Program : IPlatformHooks
    {
        private const string StorageRoot = "I:\\chargepoint";
        private const string CaCertificateRecord = "ca-certificate";
        private const int ConsoleBaud = 115200;
        private const int WifiTimeoutMs = 30000;

        private readonly FlashFileStorage _storage = new FlashFileStorage(StorageRoot);
        private readonly int _slot;
        private IConsoleIo _console;
        private string _caPem;
        private string _network;
        private Esp32WebSocketTransport _transport;
        private LogRing _ring;

        /// <summary>
        /// The software watchdog (nanoFramework has no hardware watchdog API, nanoframework.md §1.11): the loop counts its
        /// passes, a Timer looks each second (<see cref="Supervise"/>); this many looks in a row without a pass (the loop
        /// stalled 10 s, the host's LoopWatchdog.DefaultTimeoutMs) reboot the device. Ints: written and read without a lock.
        /// </summary>
        private const int StalledChecks = 10;
        private int _passes;
        private int _passesSeen;
        private int _stalledChecks;

        private Program(int slot)
        {
            _slot = slot;
        }

        /// <summary>
        /// The entry point of an application slot (the bundle command's default entry type for .pe files is this class):
        /// the loader calls Start(slot, version) after it verified and loaded the slot's assemblies.
        /// </summary>
        public static void Start(int slot, string version)
        {
            new Program(slot).Run(version);
        }

        /// <summary>
        /// The loader: the platform-free <see cref="BootLoader"/> verifies both slots and stores the boot record (so a
        /// crash from here on counts as a failed boot), then a verified slot is loaded and started, else the factory
        /// application deployed with this executable.
        /// </summary>
        public static void Main()
        {
            var storage = new FlashFileStorage(StorageRoot);
            var slots = storage;
            string board = new SettingsStore(storage, BoardCatalog.Ids()).Current.Board;
            BootRecord choice = BootLoader.Boot(slots, board);
            Debug.WriteLine("[loader] " + choice.Reason);
            if (choice.Chosen != Slot.Factory)
            {
                StartSlot(slots, choice.Manifest, choice.Chosen); // returns only when the slot could not start
            }

            new Program(Slot.Factory).Run(null);
        }

        private void Run(string version)
        {
            FlashFileStorage storage = _storage;
            var settings = new SettingsStore(storage, BoardCatalog.Ids());
            DeviceSettings s = settings.Current;
            BoardDefinition board = BoardCatalog.Find(s.Board); // a catalog id: the store holds no other (SettingsStore(..., Ids()))
            // COM2 on the board's console pins (COM1 is nanoFramework's debug port).
            int[] pins = board.Pins;
            IConsoleIo console = new SerialConsole(new Esp32Port("COM2", ConsoleBaud, pins[BoardDefinition.ConsoleTxPin], DeviceFunction.COM2_TX,
                pins[BoardDefinition.ConsoleRxPin], DeviceFunction.COM2_RX));
            _console = console;
            console.WriteLine(Charger.Banner(board.Id));

            // Wi-Fi with DHCP; waits (bounded) for an IP address and a valid clock from SNTP. ConnectDhcp answers one false
            // for either missing, so the link and the clock are judged separately (Charger.Message). _network is the
            // network text for 'status'.
            bool connected = false;
            bool clockValid = false;
            int status = 0;
            if (s.WifiSsid.Length > 0)
            {
                var timeout = new CancellationTokenSource(WifiTimeoutMs);
                bool ok = WifiNetworkHelper.ConnectDhcp(s.WifiSsid, s.WifiPassword, WifiReconnectionKind.Automatic, true, 0, timeout.Token);
                NetworkHelperStatus helper = WifiNetworkHelper.Status;
                status = (int)helper;
                string ip = IpAddress();
                connected = ok || helper == NetworkHelperStatus.TokenExpiredWaitingDateTime || (ip != "none" && ip != "0.0.0.0" && ip.Length > 0);
                clockValid = DateTime.UtcNow.Year >= 2024;
            }

            console.WriteLine(Charger.Message(s.WifiSsid, connected, clockValid, clockValid ? DateTime.UtcNow.ToString("o") : string.Empty, status));
            _network = Charger.NetworkStatus(s.WifiSsid, connected, clockValid);
            byte[] ca = storage.Read(CaCertificateRecord);
            string caPem = ca == null ? null : Encoding.UTF8.GetString(ca, 0, ca.Length);
            _caPem = caPem;

            Program clock = this; // the clocks are Program's (Program.Clock.cs)
            var platform = new ChargerPlatform(
                storage,
                clock,
                this,
                this, // IRandom: Program.Entropy.cs
                console);
            platform.Entropy = this; // GAP: not the hardware RNG (see Program.Entropy.cs)
            // FirmwareManagement and GetLog over HTTP(S): bundles into the loader's slots, the log ring and the security
            // events uploaded with PUT. Under the loader, BootNotification Accepted confirms the running slot.
            var updater = new BundleFirmwareUpdater(storage, new ChunkedTransfer(caPem), board.Id, _slot);
            updater.Note = Warn;
            platform.FirmwareUpdater = updater;
            _ring = new LogRing(storage, LogRing.DefaultHalfBytes);
            platform.LogRing = _ring;
            platform.DiagnosticsUploader = Uploader(CopyRing, "diag.upload", "diagnostics.log");
            platform.DiagnosticsLogUploader = Uploader(CopyRing, "diaglog.upload", "diagnostics-log.txt");
            platform.SecurityLogUploader = Uploader(CopySecurityLog, "seclog.upload", "security-log.txt");
            platform.FirmwareVersion = version;
            platform.ConfirmHealthy = ConfirmHealthy; // always under the loader: the factory application too (Main)

            var charger = new Charger(platform);

            // The out-of-band root (profiles 2/3) joins the certificate store, where the Central System can see and
            // rotate it; when it is already there nothing is checked again (a P-256 verification takes seconds on the device).
            CertificateService certs = charger.Certificates;
            if (caPem != null && certs != null)
            {
                bool known = false;
                try
                {
                    ArrayList ders = Pem.Decode(caPem, Pem.Certificate, 1);
                    known = ders.Count == 1 && certs.Store.IndexOf((byte[])ders[0], OcppEnum.CentralSystemRootCertificate) >= 0;
                }
                catch (Exception)
                {
                    // not PEM: Install rejects it with a warning
                }

                if (!known)
                {
                    certs.Install(OcppEnum.CentralSystemRootCertificate, caPem, clock.NowMs);
                }
            }
            if (_transport != null)
            {
                _transport.Frames.Log = charger; // an oversized frame is dropped with a warning on the console
            }

            var supervisor = new Timer(Supervise, null, 1000, 1000);
            console.WriteLine("type 'help' for commands");

            while (true)
            {
                int wait = charger.RunOnce(Environment.TickCount64);
                _passes++; // the watchdog's kick
                if (charger.RebootRequested)
                {
                    console.WriteLine("rebooting: " + charger.RebootReason);
                    charger.Shutdown();
                    supervisor.Dispose();
                    Thread.Sleep(200);
                    // Soft reset restarts the application (CLR); hard reset restarts the whole chip.
                    Power.RebootDevice(charger.HardReboot ? RebootOption.NormalReboot : RebootOption.ClrOnly);
                }

                if (wait > 0)
                {
                    Thread.Sleep(wait);
                }
            }
        }

        private RecordUploader Uploader(ChargePoint.Ocpp.ConfigValidator source, string record, string fileName)
        {
            var uploader = new RecordUploader(_storage, new ChunkedTransfer(_caPem), source, record, fileName);
            uploader.Note = Warn;
            return uploader;
        }

        // ---------------------------------------------------------------- the platform callbacks

        public IOcppTransport Transport()
        {
            _transport = new Esp32WebSocketTransport(_caPem, OcppChargePoint.DefaultMaxFrameChars);
            return _transport;
        }

        public void SetUtc(DateTime utc)
        {
            Rtc.SetSystemTime(utc);
        }

        public string NetworkStatus()
        {
            return _network + " ip " + IpAddress();
        }

        /// <summary>The watchdog's look, once a second: armed by the first pass; a stalled loop reboots the device.</summary>
        private void Supervise(object state)
        {
            int passes = _passes;
            if (passes != _passesSeen || passes == 0)
            {
                _passesSeen = passes;
                _stalledChecks = 0;
            }
            else if (++_stalledChecks >= StalledChecks)
            {
                Power.RebootDevice();
            }
        }

        private void Warn(string line)
        {
            _console.WriteLine("[warn] " + line);
        }

        private bool CopyRing(string target)
        {
            return _ring.CopyTo(target) > 0;
        }

        private bool CopySecurityLog(string target)
        {
            byte[] data = _storage.Read(SecurityService.RecordName);
            if (data == null || data.Length == 0)
            {
                return false;
            }

            _storage.Write(target, data);
            return true;
        }

        private void ConfirmHealthy(long nowMs)
        {
            BootLoader.Confirm(_storage, _slot);
        }

        private static string IpAddress()
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            return all.Length == 0 ? "none" : all[0].IPv4Address;
        }
    }
}
