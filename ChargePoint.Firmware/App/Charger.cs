using System.Text;
using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Evse;
using ChargePoint.Firmware.Settings;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The composition root: the whole charger built from the persisted settings, the board they name and the
    /// injected platform. No static state, so building a second Charger on the same storage is a reboot.
    /// <see cref="Tick"/> advances everything once (console, EVSE, OCPP); the platform's loop calls it every
    /// <see cref="MainLoop.TickMs"/> and acts on <see cref="RebootRequested"/>.
    /// </summary>
    public sealed class Charger : ITickable
    {
        public const int ConnectorId = 1;

        private readonly ChargerPlatform _platform;
        private readonly RelayTest _relayTest;

        public Charger(ChargerPlatform platform)
        {
            _platform = platform;
            Settings = new SettingsStore(platform.Storage, BoardCatalog.Ids());
            DeviceSettings s = Settings.Current;
            Log = new Logger(platform.Console, s.LogLevel, s.FrameTrace);
            Board = BoardCatalog.Find(s.Board) ?? BoardCatalog.Find(BoardCatalog.Default)!;
            if (Settings.LoadStatus == "corrupt")
            {
                Log.Warn("settings record failed its checksum: defaults in use");
            }

            HardwarePorts ports = platform.Ports(Board);
            Evse = new EvseController(ports, EvseSettingsFrom(s));
            _relayTest = new RelayTest(Evse);

            Console = new TechnicianConsole(platform.Console);
            Console.Add(new CoreCommands(this));
        }

        public SettingsStore Settings { get; }

        public Logger Log { get; }

        public BoardDefinition Board { get; }

        public EvseController Evse { get; }

        public TechnicianConsole Console { get; }

        /// <summary>OCPP configuration keys for the console; null until the OCPP engine is built.</summary>
        public IOcppKeys? OcppKeys { get; private set; }

        public bool RebootRequested { get; private set; }

        /// <summary>Why: "console", "Soft reset", "Hard reset", "factory reset".</summary>
        public string RebootReason { get; private set; } = string.Empty;

        /// <summary>True for a hard reset (ESP32: full restart; host: same as soft).</summary>
        public bool HardReboot { get; private set; }

        public long LastTickMs { get; private set; }

        public void Tick(long nowMs)
        {
            LastTickMs = nowMs;
            Console.Poll();
            if (_relayTest.IsRunning)
            {
                string? result = _relayTest.Tick(nowMs);
                if (result != null)
                {
                    Log.Info(result);
                }
            }
            else
            {
                Evse.Tick(nowMs);
            }
        }

        /// <summary>Presents an RFID card (card reader hook). Null when accepted for processing, else why not.</summary>
        public string? PresentCard(string idTag)
        {
            Log.Info("card " + idTag + " presented");
            return null;
        }

        /// <summary>Operator reset of latched hardware faults whose cause has gone.</summary>
        public void ClearFaults()
        {
            Evse.ClearLatchedFaults();
        }

        /// <summary>Before the charger is dropped (reboot): flushes the meter total and closes the connection.</summary>
        public void Shutdown()
        {
            if (Evse.Meter != null)
            {
                Evse.Meter.Flush();
            }
        }

        public void RequestReboot(string reason)
        {
            RequestReboot(reason, false);
        }

        public void RequestReboot(string reason, bool hard)
        {
            if (!RebootRequested)
            {
                Log.Info("reboot requested: " + reason);
            }

            RebootRequested = true;
            RebootReason = reason;
            HardReboot |= hard;
        }

        /// <summary>Erases settings, OCPP configuration, authorization data and the journal; keeps the meter's energy register.</summary>
        public void FactoryReset()
        {
            string[] names = _platform.Storage.List();
            for (int i = 0; i < names.Length; i++)
            {
                if (!IsKeptOnFactoryReset(names[i]))
                {
                    _platform.Storage.Delete(names[i]);
                }
            }

            Settings.FactoryReset();
            RequestReboot("factory reset", true);
        }

        /// <summary>The meter's running total is billing data of the hardware, not configuration: it survives a factory reset.</summary>
        public bool IsKeptOnFactoryReset(string record)
        {
            return record == new Atm90e32Settings().StorageName;
        }

        /// <summary>Applies a changed device setting that takes effect at once.</summary>
        public void ApplySetting(string key)
        {
            DeviceSettings s = Settings.Current;
            switch (key)
            {
                case SettingsSchema.LogLevel:
                    Log.Level = s.LogLevel;
                    break;
                case SettingsSchema.FrameTrace:
                    Log.FrameTrace = s.FrameTrace;
                    break;
            }
        }

        public string RelayTest()
        {
            string? refused = _relayTest.Start(LastTickMs);
            return refused == null ? "relay test started (result follows)" : "error: relay test " + refused;
        }

        public void WriteStatus(IConsoleIo io)
        {
            DeviceSettings s = Settings.Current;
            io.WriteLine("firmware " + ChargePoint.Ocpp.FirmwareInfo.Version + " board " + Board.Id + " id " + s.ChargePointId);
            io.WriteLine("connector " + ConnectorId.ToString() + ": pilot " + PilotStateText.Of(Evse.PilotState)
                + " relay " + (Evse.Contactor.IsCommandedClosed ? "closed" : "open")
                + " offered " + Text.Fixed(Evse.OfferedAmps, 1) + " A cable " + Evse.Pilot.CableMaxAmps.ToString() + " A"
                + " faults " + (Evse.ActiveFaults == HalFaults.None ? "none" : HalFaultText.List(Evse.ActiveFaults)));
            io.WriteLine("meter: " + MeterSummary());
            string network = _platform.NetworkStatus == null ? "unknown" : _platform.NetworkStatus();
            io.WriteLine("network: " + network);
        }

        public void WriteMeter(IConsoleIo io)
        {
            IEnergyMeter? meter = Evse.Meter;
            if (meter == null)
            {
                io.WriteLine("meter: none on this board");
                return;
            }

            MeterReading r = meter.Reading;
            io.WriteLine("meter: " + MeterStatusText(meter.Status) + " energy " + Text.Fixed(meter.EnergyActiveImportWh, 1) + " Wh"
                + " total " + Text.Fixed(r.TotalWatts, 0) + " W f " + Text.Fixed(r.FrequencyHz, 2) + " Hz t " + Text.Fixed(r.TemperatureCelsius, 1) + " C");
            for (int p = 0; p < 3; p++)
            {
                PhaseReading ph = r.Phase(p);
                io.WriteLine("  L" + (p + 1).ToString() + ": " + Text.Fixed(ph.Volts, 1) + " V " + Text.Fixed(ph.Amps, 2) + " A "
                    + Text.Fixed(ph.Watts, 0) + " W pf " + Text.Fixed(ph.PowerFactor, 2));
            }
        }

        /// <summary>One line for the live status display.</summary>
        public string StatusLine()
        {
            var sb = new StringBuilder();
            sb.Append("CP ");
            sb.Append(PilotStateText.Of(Evse.PilotState));
            sb.Append(" | relay ");
            sb.Append(Evse.Contactor.IsCommandedClosed ? "closed" : "open");
            sb.Append(" | ");
            sb.Append(MeterSummary());
            return sb.ToString();
        }

        private string MeterSummary()
        {
            IEnergyMeter? meter = Evse.Meter;
            if (meter == null)
            {
                return "no meter";
            }

            MeterReading r = meter.Reading;
            return Text.Fixed(r.PhaseA.Volts, 1) + " V " + Text.Fixed(r.MaxAmps, 2) + " A " + Text.Fixed(r.TotalWatts / 1000.0, 2) + " kW "
                + Text.Fixed(meter.EnergyActiveImportWh / 1000.0, 3) + " kWh";
        }

        private static string MeterStatusText(MeterStatus status)
        {
            switch (status)
            {
                case MeterStatus.Running: return "running";
                case MeterStatus.Failed: return "FAILED";
                default: return "starting";
            }
        }

        private static EvseSettings EvseSettingsFrom(DeviceSettings s)
        {
            var e = new EvseSettings();
            for (int p = 0; p < 3; p++)
            {
                if (s.MeterVoltageGain > 0)
                {
                    e.Meter.Ugain[p] = s.MeterVoltageGain;
                }

                if (s.MeterCurrentGain > 0)
                {
                    e.Meter.Igain[p] = s.MeterCurrentGain;
                }
            }

            return e;
        }
    }
}
