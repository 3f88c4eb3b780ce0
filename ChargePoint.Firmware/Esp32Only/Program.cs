using System;
using System.Collections;
using System.Net.NetworkInformation;
using System.Threading;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Esp32Only.Hal;
using ChargePoint.Firmware.Esp32Only.Platform;
using ChargePoint.Firmware.Loader;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Update;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Security;
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
    /// </summary>
    public static class Program
    {
        private const string StorageRoot = "I:\\chargepoint";
        private const string CaCertificateRecord = "ca-certificate";
        private const int ConsoleBaud = 115200;
        private const int WifiTimeoutMs = 30000;

        /// <summary>
        /// The loader: the platform-free <see cref="BootLoader"/> verifies both slots and stores the boot record (so a
        /// crash from here on counts as a failed boot), then a verified slot is loaded and started, else the factory
        /// application deployed with this executable.
        /// </summary>
        public static void Main()
        {
            var storage = new FlashFileStorage(StorageRoot);
            var slots = new StorageAdapter(storage);
            string board = new SettingsStore(storage, BoardCatalog.Ids()).Current.Board;
            var loader = new BootLoader(slots, board);
            BootChoice choice = loader.Boot();
            Debug.WriteLine("[loader] " + choice.Reason);
            if (choice.Slot != Slot.Factory)
            {
                SlotStart.Run(slots, loader.Manifest, choice.Slot); // returns only when the slot could not start
            }

            Run(Slot.Factory, null, true);
        }

        /// <summary>The application as slot (the loader passes the slot and its manifest version; see <see cref="AppEntry"/>).</summary>
        public static void Run(int slot, string version, bool underLoader)
        {
            var storage = new FlashFileStorage(StorageRoot);
            var settings = new SettingsStore(storage, BoardCatalog.Ids());
            BoardDefinition board = BoardCatalog.Find(settings.Current.Board) ?? BoardCatalog.Find(BoardCatalog.Default);
            IConsoleIo console = OpenConsole(board);
            console.WriteLine(Banner.Text(board.Id));

            string network = BringUpWifi(settings.Current, console);
            byte[] ca = storage.Read(CaCertificateRecord);
            string caPem = ca == null ? null : Encoding.UTF8.GetString(ca, 0, ca.Length);

            var clock = new Esp32Clock();
            Esp32WebSocketTransport transport = null;
            var platform = new ChargerPlatform(
                storage,
                clock,
                clock,
                b => Esp32Board.Create(b, storage),
                () => transport = new Esp32WebSocketTransport(caPem, OcppChargePointOptions.DefaultMaxFrameChars),
                new XorShiftRandom((uint)(Environment.TickCount64 ^ DateTime.UtcNow.Ticks)),
                console);
            platform.SetUtc = utc => Rtc.SetSystemTime(utc);
            platform.Entropy = new Esp32Entropy(); // GAP: not the hardware RNG (see Esp32Entropy)
            platform.NetworkStatus = () => network + " ip " + IpAddress();
            AddTransfers(platform, storage, board.Id, caPem, slot, version, underLoader, console);

            var charger = new Charger(platform);
            if (caPem != null)
            {
                InstallCaCertificate(charger, caPem, clock.NowMs);
            }
            if (transport != null)
            {
                transport.Log = charger.Log; // an oversized frame is dropped with a warning on the console
            }

            var watchdog = new LoopWatchdog(LoopWatchdog.DefaultTimeoutMs, stalled => Power.RebootDevice());
            var supervisor = new Timer(state => watchdog.Check(Environment.TickCount64), null, 1000, 1000);
            var loop = new MainLoop(charger, watchdog);
            console.WriteLine("type 'help' for commands");

            while (true)
            {
                int wait = loop.RunOnce(Environment.TickCount64);
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

        /// <summary>
        /// The out-of-band root (profiles 2/3) joins the certificate store, where the Central System can see and rotate
        /// it; when it is already there nothing is checked again (a P-256 verification takes seconds on the device).
        /// </summary>
        private static void InstallCaCertificate(Charger charger, string caPem, long nowMs)
        {
            CertificateService certs = charger.Features.Certificates;
            if (certs == null)
            {
                return;
            }

            try
            {
                ArrayList ders = Pem.Decode(caPem, Pem.Certificate, 1);
                if (ders.Count == 1 && certs.Store.IndexOf((byte[])ders[0], CertificateUseEnumType.CentralSystemRootCertificate) >= 0)
                {
                    return;
                }
            }
            catch (Exception)
            {
                // not PEM: Install rejects it with a warning
            }

            certs.Install(CertificateUseEnumType.CentralSystemRootCertificate, caPem, nowMs);
        }

        /// <summary>
        /// FirmwareManagement and GetLog over HTTP(S): bundles into the loader's slots, the log ring and the security
        /// events uploaded with PUT. Under the loader, BootNotification Accepted confirms the running slot.
        /// </summary>
        private static void AddTransfers(ChargerPlatform platform, FlashFileStorage storage, string boardId, string caPem, int slot, string version, bool underLoader, IConsoleIo console)
        {
            TransferNoteHandler warn = line => console.WriteLine("[warn] " + line);
            var updater = new BundleFirmwareUpdater(storage, new Esp32HttpTransfer(caPem), boardId, slot);
            updater.Note = warn;
            platform.FirmwareUpdater = updater;
            var ring = new LogRing(storage, LogRing.DefaultHalfBytes);
            platform.LogRing = ring;
            platform.DiagnosticsUploader = Uploader(storage, caPem, target => ring.CopyTo(target) > 0, "diag.upload", "diagnostics.log", warn);
            platform.DiagnosticsLogUploader = Uploader(storage, caPem, target => ring.CopyTo(target) > 0, "diaglog.upload", "diagnostics-log.txt", warn);
            platform.SecurityLogUploader = Uploader(storage, caPem, target => CopyRecord(storage, SecurityEventQueue.RecordName, target), "seclog.upload", "security-log.txt", warn);
            platform.FirmwareVersion = version;
            if (underLoader)
            {
                platform.ConfirmHealthy = () => BootLoader.Confirm(new StorageAdapter(storage), slot);
            }
        }

        private static RecordUploader Uploader(FlashFileStorage storage, string caPem, FileSource source, string record, string fileName, TransferNoteHandler warn)
        {
            var uploader = new RecordUploader(storage, new Esp32HttpTransfer(caPem), source, record, fileName);
            uploader.Note = warn;
            return uploader;
        }

        private static bool CopyRecord(FlashFileStorage storage, string from, string to)
        {
            byte[] data = storage.Read(from);
            if (data == null || data.Length == 0)
            {
                return false;
            }

            storage.Write(to, data);
            return true;
        }

        /// <summary>COM2 on pins that are free on each board (COM1 is nanoFramework's debug port).</summary>
        private static IConsoleIo OpenConsole(BoardDefinition board)
        {
            const int tx = 4;
            int rx = board.Id == BoardCatalog.Esp32S3DevkitC ? 5 : 13;
            var line = new Esp32SerialLine("COM2", ConsoleBaud, tx, DeviceFunction.COM2_TX, rx, DeviceFunction.COM2_RX);
            return new SerialConsole(line);
        }

        /// <summary>
        /// Wi-Fi with DHCP; waits (bounded) for an IP address and a valid clock from SNTP. ConnectDhcp answers one false
        /// for either missing, so the link and the clock are judged separately (<see cref="NetworkStartup"/>).
        /// Returns the network text for 'status'.
        /// </summary>
        private static string BringUpWifi(DeviceSettings s, IConsoleIo console)
        {
            bool connected = false;
            bool clockValid = false;
            int status = 0;
            if (s.WifiSsid.Length > 0)
            {
                var timeout = new CancellationTokenSource(WifiTimeoutMs);
                bool ok = WifiNetworkHelper.ConnectDhcp(s.WifiSsid, s.WifiPassword, WifiReconnectionKind.Automatic, true, 0, timeout.Token);
                NetworkHelperStatus helper = WifiNetworkHelper.Status;
                status = (int)helper;
                connected = ok || helper == NetworkHelperStatus.TokenExpiredWaitingDateTime || HasAddress();
                clockValid = DateTime.UtcNow.Year >= 2024;
            }

            console.WriteLine(NetworkStartup.Message(s.WifiSsid, connected, clockValid, clockValid ? DateTime.UtcNow.ToString("o") : string.Empty, status));
            return NetworkStartup.Status(s.WifiSsid, connected, clockValid);
        }

        private static bool HasAddress()
        {
            string ip = IpAddress();
            return ip != "none" && ip != "0.0.0.0" && ip.Length > 0;
        }

        private static string IpAddress()
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            return all.Length == 0 ? "none" : all[0].IPv4Address;
        }
    }
}
