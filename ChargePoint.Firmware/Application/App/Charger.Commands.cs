using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Settings;
using ChargePoint.Hal.Drivers;
using ChargePoint.Hal.Metering;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The technician commands: status, config, meter, relay test, fault clear, log, trace, reboot, factory-reset, certs.
    /// Values are validated before anything changes; settings go to storage as one atomic record. Part of the charger
    /// (no class of its own: a class and its reference to the charger cost the image more than they separate).
    /// </summary>
    public sealed partial class Charger
    {
        private bool _factoryResetPending;

        // The usage table: one syntax per line, for 'help' and for the usage errors (every syntax of a command).
        private const string Help =
            "help\n"
            + "status\n"
            + "config list\n"
            + "config get <key>\n"
            + "config set <key> <value>\n"
            + "config clear <key>\n"
            + "meter\n"
            + "relay test\n"
            + "fault clear\n"
            + "log level [" + LevelNames + "]\n"
            + "trace on|off\n"
            + "log trace [on|off]\n"
            + "reboot\n"
            + "factory-reset\n"
            + "certs";

        /// <summary>Console lines run per tick.</summary>
        public const int LinesPerTick = 4;

        /// <summary>
        /// The simulator's commands (null on the device): given each line the charger does not run, and "help" after the
        /// charger's help; true when it ran the line. The engine's bool(string) delegate type: no type of its own in the image.
        /// </summary>
        public ConfigValidator MoreCommands;

        /// <summary>
        /// Runs one console line. Anything unrecognised, too long or failing gets exactly one "error: ..." line; a
        /// command never leaves the charger half-changed (values are validated first).
        /// </summary>
        public void RunLine(string text)
        {
            IConsoleIo io = _platform.Console;
            if (text.Length > SerialConsole.MaxLineLength || text == SerialConsole.TooLong)
            {
                io.WriteLine("error: line too long (max 200)"); // SerialConsole.MaxLineLength
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < ' ' && text[i] != '\t')
                {
                    io.WriteLine("error: control character");
                    return;
                }
            }

            var line = new CommandLine(text);
            if (line.Count == 0 || line.Command.StartsWith("#"))
            {
                return;
            }

            if (line.Command == "help" || line.Command == "?")
            {
                // The usage table, one syntax a line.
                io.WriteLine("commands:");
                string[] entries = Help.Split(new char[] { '\n' });
                for (int i = 0; i < entries.Length; i++)
                {
                    io.WriteLine("  " + entries[i]);
                }

                if (MoreCommands != null)
                {
                    MoreCommands("help");
                }

                return;
            }

            try
            {
                if (Command(line, io) || (MoreCommands != null && MoreCommands(text)))
                {
                    return;
                }
            }
            catch (System.Exception e)
            {
                io.WriteLine("error: " + line.Command + " failed: " + e.Message);
                return;
            }

            io.WriteLine(Unknown("command '", line.Word(0), 24));
        }

        /// <summary>Runs one of the charger's commands; false when the word is not one of them.</summary>
        private bool Command(CommandLine line, IConsoleIo io)
        {
            string command = line.Command;
            if (_factoryResetPending)
            {
                _factoryResetPending = false;
                if (command == "yes" && line.Count == 1)
                {
                    io.WriteLine("ok: rebooting");
                    FactoryReset();
                    return true;
                }

                io.WriteLine("factory reset cancelled");
                if (command == "no")
                {
                    return true;
                }
            }

            // The line's syntax in the usage table: the index of the entry it matches drives one switch (a string switch costs a
            // hash function in the image). Literal words match in any case, <key> any word, <value> the rest of the line, a word
            // with '|' any word or none (the last word only). A command word none of whose syntaxes match gets its usage error,
            // every syntax of that command ("error: usage: log level [...] | log trace [on|off]"), but other 'fault' words
            // belong to the simulator's commands, if any.
            string[] entries = Help.Split(new char[] { '\n' });
            int count = line.Count;
            int index = -1;
            string usage = null;
            for (int e = 0; index < 0 && e < entries.Length; e++)
            {
                string entry = entries[e];
                string[] words = entry.Split(new char[] { ' ' });
                int n = words.Length;
                string last = words[n - 1];
                if (words[0] != command)
                {
                    continue;
                }

                usage = (usage == null ? "error: usage: " : usage + " | ") + entry;
                bool ok = count == n || (count == n - 1 && last.IndexOf('|', 0) >= 0) || (count > n && last == "<value>");
                for (int w = 1; ok && w < count && w < n; w++)
                {
                    string word = words[w];
                    ok = word[0] == '<' || word.IndexOf('|', 0) >= 0 || word == line.Lower(w);
                }

                if (ok)
                {
                    index = e;
                }
            }

            if (index < 0)
            {
                if (usage == null || command == "fault")
                {
                    return false;
                }

                io.WriteLine(usage);
                return true;
            }

            switch (index)
            {
            case 1: // status
            {
                WriteStatus(io);
            }

                break;
            case 2: // config list
            {
                io.WriteLine("device settings:");
                for (int i = 0; i < SettingsStore.Keys.Length; i++)
                {
                    string key = SettingsStore.Keys[i];
                    io.WriteLine("  " + SettingLine(key));
                }

                io.WriteLine("ocpp configuration:");
                for (int k = 0; k < Ocpp.Configuration.Count; k++)
                {
                    io.WriteLine("  " + OcppLine(k));
                }
            }

                break;
            case 3: // config get <key>
            {
                string name = line.Word(2);
                string key = SettingsStore.Canonical(name);
                int k = Ocpp.Configuration.Find(name);
                io.WriteLine(key != null ? SettingLine(key) : k >= 0 ? OcppLine(k) : Unknown("key '", name, 40));
            }

                break;
            case 4: // config set <key> <value>
            case 5: // config clear <key>
            {
                ConfigSet(line.Word(2), index == 4 ? line.RestFrom(3) : null, io);
            }

                break;
            case 6: // meter
            {
                for (int c = 1; c <= Evses.Length; c++)
                {
                    Atm90e32 meter = Evses[c - 1].Meter;
                    string label = c == 1 ? "meter: " : "meter " + c.ToString() + ": ";
                    if (meter == null)
                    {
                        io.WriteLine(label + "none");
                        continue;
                    }

                    Line(io, "~~ energy ~ Wh total ~ W f ~ Hz t ~ C", label,
                        meter.Status == MeterStatus.Running ? "running" : meter.Status == MeterStatus.Failed ? "FAILED" : "starting",
                        Fixed(meter.EnergyActiveImportWh, 1), Fixed(meter.TotalWatts, 0), Fixed(meter.FrequencyHz, 2), Fixed(meter.TemperatureCelsius, 1));
                    for (int p = 0; p < 3; p++)
                    {
                        Line(io, "  L~: ~ V ~ A ~ W pf ~", (p + 1).ToString(), Fixed(meter.Volts[p], 1), Fixed(meter.Amps[p], 2),
                            Fixed(meter.Watts[p], 0), Fixed(meter.PowerFactor[p], 2));
                    }
                }
            }

                break;
            case 7: // relay test
            {
                // Starts the test, or says why not; the result follows in the log.
                EvseController evse = Evses[0];
                PilotState pilot = evse.Pilot.State;
                HalFaults faults = evse.Faults.Active;
                string refused = Bindings[0].Connector.TransactionRunning ? "transaction"
                    : _relayPhase != RelayIdle ? "running"
                    : pilot != PilotState.A ? "pilot " + ControlPilot.Name(pilot)
                    : faults != HalFaults.None ? "fault " + FaultMonitor.List(faults)
                    : null;
                if (refused == null)
                {
                    _relayPhase = RelayClosing;
                    long now = LastTickMs;
                    _relayPhaseStartMs = now;
                    evse.Contactor.Command(true, now);
                }

                io.WriteLine(refused == null ? "relay test started" : "error: relay test refused: " + refused);
            }

                break;
            case 8: // fault clear
            {
                io.WriteLine(ClearFaults());
            }

                break;
            case 9: // log level [level]
            case 10: // trace on|off
            case 11: // log trace [on|off]
            {
                // Without the value the setting's line ("LogLevel = info", "FrameTrace = on", as 'config get' says it).
                string key = index == 9 ? SettingsStore.LogLevel : SettingsStore.FrameTrace;
                int at = index == 10 ? 1 : 2; // the value's word
                if (count == at)
                {
                    io.WriteLine(SettingLine(key));
                }
                else
                {
                    ConfigSet(key, line.Word(at), io);
                }
            }

                break;
            case 12: // reboot
            {
                // The same path as an OCPP Soft reset (sessions stopped with SoftReset, journal settled).
                io.WriteLine("ok: rebooting");
                Ocpp.Reset(OcppEnum.Soft, LastTickMs);
                if (!Ocpp.Session.IsConnected)
                {
                    // Offline there is nothing to wait for: the stop is already in the journal.
                    RequestReboot("console", false);
                }
            }

                break;
            case 14: // certs
            {
                // The security profile (configured, of the current connection, last working), the installed root
                // certificates (use, subject CN, issuer CN, notAfter, SHA-256 of the DER), the charge point certificate (in
                // use, accepted and waiting, CSR key pending) and whether firmware must be signed. Private keys are never shown.
                ConfigurationStore config = Ocpp.Configuration;
                CertificateService certs = Certificates;
                Line(io, "security profile: ~ (active ~, last working ~)", config.Value(config.Find(SecurityService.SecurityProfileKey)), // the key's value as 'config get' shows it; the connection: built by the constructor, never null
                    certs.ActiveProfile.ToString(), certs.LastWorkingProfile < 0 ? "none" : certs.LastWorkingProfile.ToString());

                CertificateStore store = certs.Store;
                io.WriteLine("root certificates: " + store.Count.ToString() + " of " + CertificateService.StoreCapacity.ToString()); // the constructor's capacity
                for (int i = 0; i < store.Count; i++)
                {
                    InstalledCertificate e = store.At(i);
                    io.WriteLine("  " + e.Use + ": " + Describe(e.Certificate));
                }

                CertificateService cp = certs;
                io.WriteLine("charge point certificate: " + (cp.Current == null ? "none" : Describe(cp.Current.Certificate)));
                if (cp.Next != null)
                {
                    io.WriteLine("  next: " + Describe(cp.Next.Certificate));
                }

                if (cp.PendingKey != null)
                {
                    io.WriteLine("  CSR pending (SignCertificate: " + certs.LastSignStatus + ")");
                }

                if (cp.Firmware != null)
                {
                    io.WriteLine("signed firmware required: " + (cp.SigningRequired ? "yes" : "no") +
                        (cp.ActiveRequestId >= 0 ? " (update " + cp.ActiveRequestId.ToString() + " running)" : string.Empty));
                }
            }

                break;
            case 13: // factory-reset
            {
                _factoryResetPending = true;
                io.WriteLine("erase settings, OCPP config, auth data, journal? type 'yes'");
            }

                break;
            default:
                return false;
            }

            return true;
        }

        /// <summary>"Name = value" of an OCPP key, "(write-only)" for AuthorizationKey, " (read-only)" marked.</summary>
        private string OcppLine(int key)
        {
            ConfigurationStore store = Ocpp.Configuration;
            int flags = store.Flags(key);
            return store.Name(key) + " = " + ((flags & ConfigurationStore.WriteOnly) != 0 ? "(write-only)" : store.Value(key))
                + ((flags & ConfigurationStore.ReadOnly) != 0 ? " (read-only)" : string.Empty);
        }

        // The answer to a stored value: "ok: Key = value", " (after reboot)" when it does.
        private const string OkLine = "ok: ~ = ~~";
        private const string AfterReboot = " (after reboot)";

        /// <summary>Sets a device setting or an OCPP key; a null value empties an optional device setting (config clear).</summary>
        private void ConfigSet(string name, string value, IConsoleIo io)
        {
            string key = SettingsStore.Canonical(name);
            if (key != null || value == null)
            {
                // 'config clear' (null) of a name that is not a device setting: the store says "unknown setting".
                string error = Settings.Set(name, value);
                if (error != null)
                {
                    io.WriteLine("error: " + error);
                    return;
                }

                // Applies the settings that take effect at once (LogLevel, FrameTrace, RcdAutoRetry, MaxCurrent), all four, with
                // no switch on the key: only the changed one differs from what runs.
                DeviceSettings s = Settings.Current;
                DeviceSettings running = Running;
                running.LogLevel = s.LogLevel;
                running.FrameTrace = s.FrameTrace;
                for (int i = 0; i < Evses.Length; i++)
                {
                    Evses[i].Faults.Settings.ResidualCurrentAutoRetry = s.RcdAutoRetry;
                }

                running.MaxCurrentA = s.MaxCurrentA;
                Transactions.OfferedCurrentA = s.MaxCurrentA;
                SmartCharging.MaxCurrentA = s.MaxCurrentA; // composite schedules fill their gaps with it
                Line(io, OkLine, key, SettingsStore.Display(s, key), SettingsStore.NeedsReboot(key) ? AfterReboot : string.Empty);
                return;
            }

            ConfigurationStore store = Ocpp.Configuration;
            int k = store.Find(name);
            if (k < 0)
            {
                io.WriteLine(Unknown("key '", name, 40));
                return;
            }

            int flags = store.Flags(k);
            if ((flags & ConfigurationStore.ReadOnly) != 0)
            {
                io.WriteLine("error: " + OcppLine(k)); // "error: NumberOfConnectors = 1 (read-only)"
                return;
            }

            // A technician changes what the Central System could change, no more: ChangeConfiguration's rules.
            string status = store.Change(name, value);
            if (status != "Rejected")
            {
                Line(io, OkLine, name, (flags & ConfigurationStore.WriteOnly) != 0 ? "(set, write-only)" : value,
                    status == "RebootRequired" ? AfterReboot : string.Empty);
                return;
            }

            // What the key accepts: "true|false", "an integer 1..3600", allowed items..., and the key's own rules.
            int min = store.Limit(k, 1);
            int max = store.Limit(k, 2);
            string text;
            switch (flags & 3)
            {
                case ConfigurationStore.TypeBool:
                    text = "true|false";
                    break;
                case ConfigurationStore.TypeInt:
                    text = "integer" + (max != int.MaxValue ? " " + min.ToString() + ".." + max.ToString()
                        : min != int.MinValue ? " >= " + min.ToString() : string.Empty);
                    break;
                case ConfigurationStore.TypeCsl:
                    string[] allowed = store.AllowedItems(k);
                    text = "<= " + max.ToString() + " items";
                    for (int i = 0; allowed != null && i < allowed.Length; i++)
                    {
                        text += (i == 0 ? " from " : ",") + allowed[i];
                    }

                    break;
                default:
                    text = "<= " + max.ToString() + " chars";
                    break;
            }

            switch (store.Name(k))
            {
                case "AuthorizationKey":
                    text += ", 32-40 hex digits, even count";
                    break;
                case "ConnectorPhaseRotation":
                    text += ": <connector>.NotApplicable|Unknown|RST|RTS|SRT|STR|TRS|TSR";
                    break;
                case "SecurityProfile":
                    text += ", >= current; 1+ AuthorizationKey, 2+ wss://";
                    break;
                default:
                    text += store.Validator(k) != null && (flags & 3) == ConfigurationStore.TypeCsl ? " this meter has" : string.Empty;
                    break;
            }

            io.WriteLine("error: " + name + ": expected " + text);
        }

        private static string Describe(X509Certificate c)
        {
            return F("CN=~ issuer CN=~ notAfter ~ sha256 ~", c.SubjectCommonName ?? "?", c.IssuerCommonName ?? "?", IsoTime.Format(c.NotAfter),
                Hex.Encode(Sha256.Hash(c.Raw)));
        }

        /// <summary>"key = value", with " (pending reboot; running: OLD)" when the stored value is not the one in use yet.</summary>
        private string SettingLine(string key)
        {
            return key + " = " + SettingsStore.Display(Settings.Current, key)
                + (IsPending(key) ? " (pending reboot; running: " + SettingsStore.Display(Running, key) + ")" : string.Empty);
        }

        // "error: unknown command 'word'" or "error: unknown key 'name'", the name cut to max characters ("...").
        private static string Unknown(string what, string name, int max)
        {
            return "error: unknown " + what + (name.Length > max ? name.Substring(0, max) + "..." : name) + "'";
        }
    }
}
