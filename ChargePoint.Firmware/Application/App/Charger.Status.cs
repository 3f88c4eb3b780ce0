using ChargePoint.Firmware.Console;
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
            io.WriteLine("firmware " + ChargePoint.Ocpp.OcppChargePointOptions.FirmwareVersion + " board " + Board.Id + PendingText(SettingsSchema.Board)
                + " id " + s.ChargePointId + PendingText(SettingsSchema.ChargePointId));
            // One pass over the connectors: their lines now, their parts of the load sharing and journal lines for later.
            string shares = string.Empty;
            string running = string.Empty;
            for (int c = 1; c <= Evses.Length; c++)
            {
                EvseController evse = Evses[c - 1];
                Connector connector = Ocpp.Connectors[c];
                string n = c.ToString();
                string label = c == 1 ? string.Empty : " " + n;
                io.WriteLine("connector " + n + ": pilot " + PilotStateText.Of(evse.PilotState)
                    + " relay " + (evse.Contactor.IsCommandedClosed ? "closed" : "open")
                    + " offered " + Amps(evse.OfferedAmps) + " cable " + evse.Pilot.CableMaxAmps.ToString() + " A"
                    + " faults " + (evse.ActiveFaults == HalFaults.None ? "none" : HalFaultText.List(evse.ActiveFaults)));
                FaultSettings f = evse.Faults.Settings;
                io.WriteLine("rcd" + label + ": " + (!evse.Faults.Has(HalFaults.ResidualCurrent) ? "normal, "
                    : "LATCHED (input " + (evse.Faults.IsRcdInputTripped ? "tripped" : "normal") + "): 'fault clear' or a Reset clears it; ")
                    + (f.ResidualCurrentAutoRetry
                        ? "auto-retry on (" + evse.Faults.ResidualCurrentRetries.ToString() + " of " + f.ResidualCurrentMaxRetries.ToString() + " used)"
                        : "auto-retry off"));
                io.WriteLine("connector " + n + " status: " + connector.Status + " error " + connector.ErrorCode
                    + (connector.Info != null ? " (" + connector.Info + ")" : string.Empty)
                    + " ocpp limit " + Amps(Bindings[c - 1].OcppLimitAmps) + " max " + s.MaxCurrentA.ToString() + " A");
                // "limit 10.0 A (2 profiles)", "no limit (0 profiles)"; the reservation on the connector (or connector 0), else "none".
                double limit = Bindings[c - 1].SmartLimitAmps;
                ChargePoint.Ocpp.Model.Reservation.Reservation r = Reservations.At(c) ?? Reservations.At(0);
                io.WriteLine("smart charging" + label + ": "
                    + (limit == SmartChargingService.NoLimit ? "no limit" : "limit " + Amps(limit) + (limit < PilotDuty.MinAmps ? " (below 6 A: paused)" : string.Empty))
                    + " (" + SmartCharging.Count.ToString() + " profiles); reservation: "
                    + (r == null ? "none" : "id " + r.Id.ToString() + " on connector " + r.ConnectorId.ToString() + " for " + r.IdTag + " until " + IsoTime.Format(UtcTime.ToDateTime(r.ExpiryUtcMs))));
                io.WriteLine("meter" + label + ": " + MeterSummary(evse));
                shares += " " + n + " " + Amps(Sharing.OfferedA(c - 1)) + (Sharing.Suspended(c - 1) ? " (suspended)" : string.Empty);
                JournalTransaction tx = Transactions.RunningTransaction(c);
                running += tx != null ? "; running transaction on connector " + tx.ConnectorId.ToString() + " id "
                    + (tx.TransactionId > 0 ? tx.TransactionId.ToString() : "pending") + " idTag " + tx.IdTag : string.Empty;
            }

            // "limit 20.0 A: 1 10.0 A 2 10.0 A" (what each pilot offers), or "no limit: ...".
            double shared = ChargePointLimitAmps;
            io.WriteLine("load sharing: " + (shared == SmartChargingService.NoLimit ? "no limit:" : "limit " + Amps(shared) + ":") + shares);
            io.WriteLine("network: " + _platform.Hooks.NetworkStatus());
            io.WriteLine("central system: " + ConnectionText() + " url " + (s.CentralSystemUrl.Length == 0 ? "none (offline)" : Ocpp.Connection.Url)
                + PendingText(SettingsSchema.CentralSystemUrl));
            io.WriteLine("boot: " + (Ocpp.Boot.Registration ?? "not confirmed") + " clock " + (Ocpp.Clock.IsSet ? "set" : "not set"));
            TransactionJournal j = Transactions.Journal;
            io.WriteLine("journal: " + j.QueuedMessages.ToString() + " messages queued (" + j.QueuedMeterValues.ToString() + " meter values), "
                + j.TransactionCount.ToString() + " transactions kept, " + j.StorageBytes.ToString() + " bytes"
                + (j.DroppedMeterValues > 0 ? ", " + j.DroppedMeterValues.ToString() + " meter values dropped" : string.Empty) + running);
            for (int i = 0; i < Health.Names.Count; i++)
            {
                io.WriteLine("CORRUPT RECORD " + (string)Health.Names[i] + ": " + (string)Health.Details[i]);
            }
            // "WifiSsid = Shop, Board = ..." for every changed reboot-only setting (secrets masked).
            string text = string.Empty;
            for (int i = 0; i < SettingsSchema.Keys.Length; i++)
            {
                string key = SettingsSchema.Keys[i];
                if (IsPending(key))
                {
                    text += (text.Length == 0 ? "pending reboot: " : ", ") + key + " = " + SettingsSchema.Display(Settings.Current, key);
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
            return Text.Fixed(amps, 1) + " A";
        }

        /// <summary>True when a setting was changed but the running charger still uses the value it was built with.</summary>
        public bool IsPending(string key)
        {
            return SettingsSchema.NeedsReboot(key) && SettingsSchema.GetRaw(Settings.Current, key) != SettingsSchema.GetRaw(Running, key);
        }

        /// <summary>" (pending reboot: NEW)" for a changed reboot-only setting, else empty.</summary>
        private string PendingText(string key)
        {
            return IsPending(key) ? " (pending reboot: " + SettingsSchema.Display(Settings.Current, key) + ")" : string.Empty;
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

            if (Ocpp.Connection.BlockedByProfile)
            {
                return "blocked (SecurityProfile 2+ needs a wss:// URL)";
            }

            long wait = Ocpp.Connection.NextAttemptMs - LastTickMs;
            return Ocpp.Connection.Failures == 0 ? "connecting" : "offline (retry in " + (wait > 0 ? (wait / 1000).ToString() : "0") + " s, "
                + Ocpp.Connection.Failures.ToString() + " failures)";
        }

        /// <summary>"230.0 V 16.00 A 3.68 kW 1.234 kWh", or "no meter".</summary>
        public static string MeterSummary(EvseController evse)
        {
            Atm90e32 meter = evse.Meter;
            if (meter == null)
            {
                return "no meter";
            }

            MeterReading r = meter.Reading;
            return Text.Fixed(r.Volts[0], 1) + " V " + Text.Fixed(r.MaxAmps, 2) + " A " + Text.Fixed(r.TotalWatts / 1000.0, 2) + " kW "
                + Text.Fixed(meter.EnergyActiveImportWh / 1000.0, 3) + " kWh";
        }
    }
}
