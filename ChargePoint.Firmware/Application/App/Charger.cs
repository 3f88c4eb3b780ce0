using System.Text;
using ChargePoint.Firmware.Evse;
using ChargePoint.Firmware.Settings;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The composition root: the whole charger built from the persisted settings, the board they name and the
    /// injected platform. No static state, so building a second Charger on the same storage is a reboot.
    /// <see cref="Tick"/> advances everything once (console, EVSE, OCPP); the platform's loop calls <see cref="RunOnce"/>
    /// every <see cref="TickMs"/> and acts on <see cref="RebootRequested"/>.
    /// </summary>
    public sealed partial class Charger
    {
        public const int ConnectorId = 1;

        /// <summary>Fixed tick: fast enough for the 100 ms contactor rule (pilot debounce 20 ms + one tick), slow enough for the MCU.</summary>
        public const int TickMs = 25;

        private readonly ChargerPlatform _platform;

        // The technician's relay test (connector 1): close, check the feedback, open, check the feedback. Runs only
        // with no vehicle (state A) and no fault; while it runs Tick ticks the pilot, meter and contactor directly (the
        // EVSE controller would keep the contactor open). A vehicle appearing aborts it and opens at once.
        private const int RelayIdle = 0;
        private const int RelayClosing = 1;
        private const int RelayOpeningClosedOk = 2;
        private const int RelayOpeningNotClosed = 3;
        private int _relayPhase;
        private long _relayPhaseStartMs;
        private readonly IOcppTransport _transport;
        private long _lastClockSyncMs = -1;
        private long _nextTickMs = -1;

        // The first tick's time (-1 before it); HealthConfirmed once the health was confirmed (once per boot).
        private const long HealthConfirmed = long.MaxValue;
        private long _firstTickMs = -1;

        public Charger(ChargerPlatform platform)
        {
            _platform = platform;
            Settings = new SettingsStore(platform.Storage, BoardCatalog.Ids());
            DeviceSettings s = Settings.Current;
            Running = s.Clone();
            Board = BoardCatalog.Find(s.Board) ?? BoardCatalog.Find(BoardCatalog.Default);
            // Fields used many times here are read from locals (smaller byte code than a field read each time).
            StoreHealth health = new StoreHealth(platform.Storage, this);
            Health = health;
            if (Settings.LoadStatus == "corrupt")
            {
                health.Quarantine(SettingsStore.RecordName, "defaults used");
            }

            HardwarePorts ports = platform.Hooks.Ports(Board);
            EvseController[] evses = new EvseController[Board.ConnectorCount];
            Evses = evses;
            int count = evses.Length;
            ConnectorBinding[] bindings = new ConnectorBinding[count];
            Bindings = bindings;
            var meters = new IMeter[count + 1];
            for (int i = 0; i < count; i++)
            {
                // One connector's EVSE controller; its corrupt records (energy total, RCD latch) are quarantined.
                var e = new EvseSettings();
                e.ResidualCurrentAutoRetry = s.RcdAutoRetry;
                e.MeterRecord = MeterRecord(i + 1);
                if (i > 0)
                {
                    e.RcdLatchRecord = "rcd" + (i + 1).ToString() + ".latch";
                }

                for (int p = 0; p < 3; p++)
                {
                    if (s.MeterVoltageGain > 0)
                    {
                        e.Ugain[p] = s.MeterVoltageGain;
                    }

                    if (s.MeterCurrentGain > 0)
                    {
                        e.Igain[p] = s.MeterCurrentGain;
                    }
                }

                var evse = new EvseController(i == 0 ? ports : ports.MoreConnectors[i - 1], e); // connector i + 1's ports
                var atm = evse.Meter as Atm90e32;
                if (atm != null && atm.StoredTotalWasCorrupt)
                {
                    health.Quarantine(e.MeterRecord, "raised to last journalled");
                }

                if (evse.Faults.LatchRecordCorrupt)
                {
                    health.Quarantine(e.RcdLatchRecord, "input read again");
                }

                evses[i] = evse;
                meters[i + 1] = bindings[i] = new ConnectorBinding(evse);
            }

            EvseController first = evses[0];
            Sharing = new LoadSharing(bindings);

            // Without a Central System URL the charger runs offline: a transport that refuses every attempt.
            _transport = s.CentralSystemUrl.Length == 0 ? new OfflineTransport() : platform.Hooks.Transport();
            OcppChargePoint ocpp = new OcppChargePoint(s.CentralSystemUrl, s.ChargePointId, count, _transport, health, this, platform.Random, this);
            Ocpp = ocpp;
            ocpp.BootNotification.MeterType = first.Meter != null ? "ATM90E32" : null;
            if (platform.FirmwareVersion != null)
            {
                ocpp.BootNotification.FirmwareVersion = platform.FirmwareVersion;
            }

            for (int i = 0; i < count; i++)
            {
                bindings[i].Connector = ocpp.Connectors[i + 1]; // each binding's OCPP connector
            }

            // A Central System Reset (and the technician's reboot, which takes the same path) is the remote way to clear
            // latched hardware faults whose cause is gone, RCD included: the reboot that follows re-reads every input,
            // and a still-tripped RCD latches again. A watchdog or power-cycle reboot does not clear the RCD latch.
            ocpp.ResetRequested = ClearFaultsOnReset; // its first handler (the services, built below, may add theirs)
            ocpp.Accepted += ConfirmHealthy;
            // Prefix of the journal's message ids: random per journal, so ids stay unique after a wipe.
            var prefix = new StringBuilder(); // not StringBuilder(string): one more referenced member in the image
            prefix.Append("tx");
            for (int i = 0; i < 4; i++)
            {
                prefix.Append((char)('a' + platform.Random.Next(26)));
            }

            TransactionService transactions = new TransactionService(ocpp, meters, prefix.ToString(), platform.Clock.NowMs);
            Transactions = transactions;
            transactions.OfferedCurrentA = s.MaxCurrentA;

            // The profiles beyond Core (see Charger.Features.cs): each service appends its profile to
            // SupportedFeatureProfiles, so the list is what this build really does; the Security Whitepaper part last.
            ocpp.AddRemoteTrigger();
            transactions.Authorization.AddLocalListProfile(ocpp);
            transactions.AddReservations(ocpp, true);
            SmartChargingService smart = new SmartChargingService(ocpp, transactions, this);
            SmartCharging = smart;
            smart.MaxCurrentA = s.MaxCurrentA; // composite schedules fill their gaps with it
            smart.SuspendBelowA = ControlPilot.MinAmps; // the pilot cannot offer less: the EVSE suspends the session
            IFirmwareUpdater updater = platform.FirmwareUpdater;
            FirmwareService firmware = null;
            if (updater != null && platform.DiagnosticsUploader != null)
            {
                firmware = new FirmwareService(ocpp, updater, platform.DiagnosticsUploader, FileTransferProtocols);
                ocpp.Firmware = firmware;
                ocpp.Diagnostics = firmware.Diagnostics;
            }

            var security = new SecurityService(ocpp, CertificateService.StoreCapacity, CertificateService.MaxChainChars, firmware,
                platform.DiagnosticsLogUploader, platform.SecurityLogUploader, CanUseProfile);
            CertificateService certificates = new CertificateService(ocpp, security, CertificateService.StoreCapacity, platform.Entropy, _transport as ITlsTransport);
            Certificates = certificates;
            if (firmware != null)
            {
                certificates.AddSignedFirmware(firmware);
            }

            if (platform.Clock.UtcNow.Year >= 2024)
            {
                // Wall clock already valid (NTP on the device, host clock in the simulator).
                ocpp.Clock.Set(platform.Clock.UtcNow, platform.Clock.NowMs);
            }

        }

        public readonly SettingsStore Settings;

        /// <summary>The storage of every store, with the records found corrupt at this boot (moved aside, reported).</summary>
        public readonly StoreHealth Health;

        /// <summary>
        /// The settings this charger was built with. Settings that need a reboot may differ in <see cref="Settings"/>
        /// (pending); what runs is this copy.
        /// </summary>
        public readonly DeviceSettings Running;

        public readonly BoardDefinition Board;

        /// <summary>The IEC 61851 side of each connector; index i is connector i + 1.</summary>
        public readonly EvseController[] Evses;

        public readonly OcppChargePoint Ocpp;

        /// <summary>Transactions, authorization, metering and the persistent journal.</summary>
        public readonly TransactionService Transactions;

        /// <summary>Set by <see cref="RequestReboot"/> (read only).</summary>
        public bool RebootRequested;

        /// <summary>Why: "console", "Soft reset", "Hard reset", "factory reset" (read only; null before a reboot is requested).</summary>
        public string RebootReason;

        /// <summary>True for a hard reset (ESP32: full restart; host: same as soft) (read only).</summary>
        public bool HardReboot;

        /// <summary>Time of the last <see cref="Tick"/> (read only).</summary>
        public long LastTickMs;

        /// <summary>
        /// The cooperative main loop's body: one fixed tick advances the whole charger; returns how long to wait before
        /// the next one. The platform owns the waiting (ESP32: Thread.Sleep; simulator: simulated time) and its watchdog
        /// (ESP32: Program counts the passes).
        /// </summary>
        public int RunOnce(long nowMs)
        {
            Tick(nowMs);
            _nextTickMs = _nextTickMs < 0 ? nowMs + TickMs : _nextTickMs + TickMs;
            if (_nextTickMs < nowMs)
            {
                _nextTickMs = nowMs; // overran: do not try to catch up with a burst
            }

            return (int)(_nextTickMs - nowMs);
        }

        public void Tick(long nowMs)
        {
            if (_firstTickMs < 0)
            {
                _firstTickMs = nowMs;
            }
            else if (nowMs - _firstTickMs >= ChargerPlatform.ConfirmAfterMs && Bindings[0].ReportedFaults == HalFaults.None) // connector 1 not Faulted (only ReportFaults sets it)
            {
                ConfirmHealthy(nowMs);
            }

            LastTickMs = nowMs;
            // The waiting console lines, a few per tick (the loop keeps its pace).
            for (int i = 0; i < LinesPerTick; i++)
            {
                string line = _platform.Console.ReadLine();
                if (line == null)
                {
                    break;
                }

                RunLine(line);
            }

            EvseController evse = Evses[0];
            int phase = _relayPhase;
            if (phase == RelayIdle)
            {
                evse.Tick(nowMs);
            }
            else
            {
                // The relay test's step: the pilot, meter and contactor ticked directly; the result line when it ends.
                Contactor contactor = evse.Contactor;
                evse.Pilot.Tick(nowMs);
                Atm90e32 meter = evse.Meter;
                if (meter != null)
                {
                    meter.Tick(nowMs);
                }

                contactor.Tick(nowMs);
                string result = null;
                PilotState pilot = evse.Pilot.State;
                if (pilot != PilotState.A && pilot != PilotState.Unknown)
                {
                    contactor.Command(false, nowMs);
                    result = "aborted, EV";
                }
                else if (nowMs - _relayPhaseStartMs < Contactor.SettleMs + 50)
                {
                    // settling
                }
                else if (phase == RelayClosing)
                {
                    _relayPhase = contactor.IsFeedbackClosed && !contactor.FailedToClose ? RelayOpeningClosedOk : RelayOpeningNotClosed;
                    contactor.Command(false, nowMs);
                    _relayPhaseStartMs = nowMs;
                }
                else
                {
                    bool closedOk = phase == RelayOpeningClosedOk;
                    bool openedOk = !contactor.IsFeedbackClosed && !contactor.Welded;
                    result = closedOk && openedOk ? "passed"
                        : "FAILED (" + (closedOk ? string.Empty : "no close; ") + (openedOk ? string.Empty : "no open: welded?") + ")";
                }

                if (result != null)
                {
                    _relayPhase = RelayIdle;
                    Info("relay test: " + result);
                }
            }

            EvseController[] evses = Evses;
            for (int i = 1; i < evses.Length; i++)
            {
                evses[i].Tick(nowMs);
            }

            // The EVSE binding after the EVSE controllers: shares and pushes the current limits, reports faults.
            ApplyCurrentLimits();
            for (int i = 0; i < evses.Length; i++)
            {
                ConnectorBinding b = Bindings[i];
                Connector connector = b.Connector;
                if (connector == null)
                {
                    continue;
                }

                HalFaults faults = evses[i].Faults.Active;
                if (faults != b.PendingFaults)
                {
                    b.PendingFaults = faults;
                    b.PendingSinceMs = nowMs;
                }

                // A proximity reading out of range alone is reported only when it persists: while a plug is pulled the
                // PP contact opens a few ms before the pilot reads A. Every other fault is reported at once (the
                // EVSE controller has already switched off in the tick it appeared).
                bool settled = (faults & ~HalFaults.ProximityFault) != 0 || faults == HalFaults.None || nowMs - b.PendingSinceMs >= ProximityReportDelayMs;
                if (faults != b.ReportedFaults && settled)
                {
                    b.ReportedFaults = faults;
                    ReportFaults(connector, faults);
                }
            }

            Ocpp.Tick(nowMs);

            // The Central System's time (Boot/Heartbeat) becomes the platform's wall clock (ESP32 RTC).
            if (Ocpp.Clock.IsSet && (_lastClockSyncMs < 0 || nowMs - _lastClockSyncMs >= 10000))
            {
                _lastClockSyncMs = nowMs;
                System.DateTime ocppNow = Ocpp.Clock.Now(nowMs);
                long drift = (ocppNow.Ticks - _platform.Clock.UtcNow.Ticks) / System.TimeSpan.TicksPerMillisecond;
                if (drift > 2000 || drift < -2000)
                {
                    _platform.Hooks.SetUtc(ocppNow);
                }
            }
        }

        /// <summary>Tells the loader (once per boot) that this image works, so a trial slot stays.</summary>
        private void ConfirmHealthy(long nowMs)
        {
            if (_firstTickMs == HealthConfirmed)
            {
                return;
            }

            _firstTickMs = HealthConfirmed;
            if (_platform.ConfirmHealthy != null)
            {
                _platform.ConfirmHealthy(nowMs);
            }
        }

        /// <summary>Every card outcome on the console (a hook of the engine): accepted (info) or refused (warn), with the reason.</summary>
        public void CardOutcome(int connectorId, string idTag, bool accepted, string reason)
        {
            Write(accepted ? LevelInfo : LevelWarn, F("card ~ on connector ~ ~: ~", idTag, connectorId.ToString(), accepted ? "accepted" : "refused", reason));
        }

        /// <summary>
        /// Operator reset of latched hardware faults whose cause has gone (technician 'fault clear', simulator, OCPP Reset):
        /// clears what can be cleared and returns the console's answer, which says what remains.
        /// </summary>
        public string ClearFaults()
        {
            bool rcd = false;
            HalFaults left = HalFaults.None;
            EvseController[] evses = Evses;
            for (int i = 0; i < evses.Length; i++)
            {
                EvseController evse = evses[i];
                rcd |= evse.Faults.Has(HalFaults.ResidualCurrent);
                evse.ClearLatchedFaults();
                left |= evse.Faults.Active;
            }

            if (left == HalFaults.None)
            {
                return "ok: faults cleared" + (rcd ? " (RCD latch reset)" : string.Empty);
            }

            return "error: still active: " + FaultMonitor.List(left)
                + ((left & HalFaults.ResidualCurrent) != 0 ? " (RCD input tripped)" : string.Empty);
        }

        // The answer logged when it concerns the RCD latch (cleared, or kept because the input still shows the trip).
        private void ClearFaultsOnReset(long nowMs)
        {
            string result = ClearFaults();
            if (result.IndexOf("RCD", 0) >= 0)
            {
                Info("reset: " + result);
            }
        }

        /// <summary>Before the charger is dropped (reboot): flushes the meter total and closes the connection.</summary>
        public void Shutdown()
        {
            for (int i = 0; i < Evses.Length; i++)
            {
                EvseController evse = Evses[i];
                evse.Shutdown();
                if (evse.Meter != null)
                {
                    evse.Meter.Flush();
                }
            }

            _transport.Close();
        }

        public void RequestReboot(string reason, bool hard)
        {
            if (!RebootRequested)
            {
                Info("reboot requested: " + reason);
            }

            RebootRequested = true;
            RebootReason = reason;
            HardReboot |= hard;
        }

        /// <summary>
        /// Erases settings, OCPP configuration, authorization data and the journal. Kept: each meter's running total
        /// (billing data of the hardware, not configuration), the boot counter behind OCPP message ids (so ids never
        /// repeat for the Central System) and the loader's slots and boot record (not configuration).
        /// </summary>
        public void FactoryReset()
        {
            IStorage storage = _platform.Storage;
            string[] names = storage.List();
            for (int i = 0; i < names.Length; i++)
            {
                string record = names[i];
                bool kept = record == ChargePoint.Ocpp.Rpc.RpcSession.BootRecordName || record == ChargePoint.Firmware.Loader.BootRecord.RecordName
                    || (record.Length > 5 && record.StartsWith("slot."));
                for (int c = 1; c <= Evses.Length; c++)
                {
                    kept |= record == MeterRecord(c);
                }

                if (!kept)
                {
                    storage.Delete(record);
                }
            }

            Settings.FactoryReset();
            RequestReboot("factory reset", true);
        }

        /// <summary>The energy register record of a connector's meter ("meter.energy" for connector 1, "meter2.energy"...).</summary>
        public static string MeterRecord(int connectorId)
        {
            // Connector 1 keeps the driver's default name (EvseSettings.MeterRecord), so existing records stay.
            return "meter" + (connectorId == 1 ? string.Empty : connectorId.ToString()) + ".energy";
        }
    }
}
