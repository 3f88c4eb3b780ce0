using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Evse;
using ChargePoint.Firmware.Settings;
using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Firmware.App
{
    /// <summary>The technician's 'status' and the texts it shares with the simulator's view: what runs, as it runs.</summary>
    public sealed partial class Charger
    {
        public void WriteStatus(IConsoleIo io)
        {
            DeviceSettings s = Running;
            // What runs; changed reboot-only settings are listed on the last line ("pending reboot: ...").
            io.WriteLine(Banner(Board.Id) + " id " + s.ChargePointId); // "ChargePoint firmware 0.1.0 on <board> id CP_1"
            // One pass over the connectors: their lines now, their parts of the load sharing and journal lines for later.
            string shares = string.Empty;
            string running = string.Empty;
            for (int c = 1; c <= Evses.Length; c++)
            {
                EvseController evse = Evses[c - 1];
                Connector connector = Ocpp.Connectors[c];
                string n = c.ToString();
                string label = c == 1 ? string.Empty : " " + n;
                Line(io, "connector ~: pilot ~ relay ~ offered ~ cable ~ A faults ~", n, ControlPilot.Name(evse.Pilot.State),
                    evse.Contactor.IsCommandedClosed ? "closed" : "open", Amps(evse.Pilot.OfferedAmps), evse.Pilot.CableMaxAmps.ToString(),
                    evse.Faults.Active == HalFaults.None ? "none" : FaultMonitor.List(evse.Faults.Active));
                FaultMonitor faults = evse.Faults;
                EvseSettings f = faults.Settings;
                ConnectorBinding b = Bindings[c - 1];
                Line(io, "rcd~: ~~", label, !faults.Has(HalFaults.ResidualCurrent) ? "normal, "
                    : "LATCHED (input " + (faults.IsRcdInputTripped ? "tripped" : "normal") + "), ",
                    f.ResidualCurrentAutoRetry
                        ? F("auto-retry on (~ of ~ used)", faults.ResidualCurrentRetries.ToString(), EvseSettings.ResidualCurrentMaxRetries.ToString())
                        : "auto-retry off");
                Line(io, "connector ~ status: ~ error ~~ ocpp limit ~ max ~ A", n, connector.Status, connector.ErrorCode,
                    connector.Info != null ? " (" + connector.Info + ")" : string.Empty, Amps(b.OcppLimitAmps), s.MaxCurrentA.ToString());
                // "limit 10.0 A (2 profiles)", "no limit (0 profiles)"; the reservation on the connector (or connector 0), else "none".
                double limit = b.SmartLimitAmps;
                ChargePoint.Ocpp.Model.Reservation r = Transactions.At(c) ?? Transactions.At(0);
                Line(io, "smart charging~: ~ (~ profiles); reservation: ~", label,
                    limit == SmartChargingService.NoLimit ? "no limit" : "limit " + Amps(limit) + (limit < ControlPilot.MinAmps ? " (paused)" : string.Empty),
                    SmartCharging.Count.ToString(),
                    r == null ? "none" : F("id ~ on connector ~ for ~ until ~", r.Id.ToString(), r.ConnectorId.ToString(), r.IdTag, IsoTime.Format(CaptureTime.ToDateTime(r.ExpiryUtcMs))));
                io.WriteLine("meter" + label + ": " + MeterSummary(evse));
                shares = F("~ ~ ~~", shares, n, Amps(Sharing.OfferedA(c - 1)), Sharing.Suspended(c - 1) ? " (suspended)" : string.Empty);
                JournalTransaction tx = Transactions.RunningTransaction(c);
                if (tx != null)
                {
                    running = F("~; transaction on connector ~ id ~ idTag ~", running, tx.ConnectorId.ToString(),
                        tx.TransactionId > 0 ? tx.TransactionId.ToString() : "pending", tx.IdTag);
                }
            }

            // "limit 20.0 A: 1 10.0 A 2 10.0 A" (what each pilot offers, shared from this limit), or "no limit: ...".
            double shared = Sharing.LimitA;
            io.WriteLine("load sharing: " + (shared == SmartChargingService.NoLimit ? "no limit" : "limit " + Amps(shared)) + ":" + shares);
            io.WriteLine("network: " + _platform.Hooks.NetworkStatus());
            Line(io, "central system: ~ url ~", ConnectionText(), s.CentralSystemUrl.Length == 0 ? "none (offline)" : Ocpp.Url);
            io.WriteLine("boot: " + (Ocpp.Registration ?? "not confirmed") + " clock " + (Ocpp.Clock.IsSet ? "set" : "not set"));
            TransactionJournal j = Transactions.Journal;
            Line(io, "journal: ~ queued (~ meter values), ~ transactions, ~ B~~", j.QueuedMessages.ToString(),
                j.QueuedMeterValues.ToString(), j.Transactions().Length.ToString(), j.StorageBytes.ToString(),
                j.DroppedMeterValues > 0 ? ", " + j.DroppedMeterValues.ToString() + " meter values dropped" : string.Empty, running);
            for (int i = 0; i < Health.Reports; i++)
            {
                io.WriteLine("CORRUPT RECORD " + Health.ReportName(i) + ": " + Health.ReportDetail(i));
            }
            // "WifiSsid = Shop, Board = ..." for every changed reboot-only setting (secrets masked).
            string text = string.Empty;
            for (int i = 0; i < SettingsStore.Keys.Length; i++)
            {
                string key = SettingsStore.Keys[i];
                if (IsPending(key))
                {
                    text = F("~~~ = ~", text, text.Length == 0 ? "pending reboot: " : ", ", key, SettingsStore.Display(Settings.Current, key));
                }
            }

            if (text.Length > 0)
            {
                io.WriteLine(text);
            }
        }

        // "10.0 A": a current as the status lines show it.
        private static string Amps(double amps)
        {
            return Fixed(amps, 1) + " A";
        }

        /// <summary>True when a setting was changed but the running charger still uses the value it was built with.</summary>
        public bool IsPending(string key)
        {
            return SettingsStore.NeedsReboot(key) && SettingsStore.GetRaw(Settings.Current, key) != SettingsStore.GetRaw(Running, key);
        }

        /// <summary>"connected", "connecting", "offline (retry in 8 s, 3 failures)" or "none".</summary>
        public string ConnectionText()
        {
            if (Running.CentralSystemUrl.Length == 0)
            {
                return "none";
            }

            if (Ocpp.Session.IsConnected)
            {
                return "connected";
            }

            ChargePoint.Ocpp.OcppChargePoint connection = Ocpp;
            if (connection.BlockedByProfile)
            {
                return "blocked (SecurityProfile 2+: wss://)";
            }

            long wait = connection.NextAttemptMs - LastTickMs;
            return connection.Failures == 0 ? "connecting"
                : F("offline (retry in ~ s, ~ failures)", (wait > 0 ? wait / 1000 : 0).ToString(), connection.Failures.ToString());
        }

        /// <summary>"230.0 V 16.00 A 3.68 kW 1.234 kWh", or "no meter".</summary>
        public static string MeterSummary(EvseController evse)
        {
            Atm90e32 meter = evse.Meter;
            if (meter == null)
            {
                return "no meter";
            }

            return Fixed(meter.Volts[0], 1) + " V " + Fixed(meter.MaxAmps, 2) + " A " + Fixed(meter.TotalWatts / 1000.0, 2) + " kW "
                + Fixed(meter.EnergyActiveImportWh / 1000.0, 3) + " kWh";
        }
    }
}
