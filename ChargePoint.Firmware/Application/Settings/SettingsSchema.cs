using ChargePoint.Firmware.App;

namespace ChargePoint.Firmware.Settings
{
    /// <summary>
    /// Names, validation and display of the device settings, as an explicit table (no reflection).
    /// Names match case-insensitively on the console; the canonical spelling is the one listed here.
    /// </summary>
    public static class SettingsSchema
    {
        public const string CentralSystemUrl = "CentralSystemUrl";
        public const string ChargePointId = "ChargePointId";
        public const string WifiSsid = "WifiSsid";
        public const string WifiPassword = "WifiPassword";
        public const string MaxCurrent = "MaxCurrent";
        public const string Board = "Board";
        public const string MeterVoltageGain = "MeterVoltageGain";
        public const string MeterCurrentGain = "MeterCurrentGain";
        public const string LogLevel = "LogLevel";
        public const string FrameTrace = "FrameTrace";
        public const string RcdAutoRetry = "RcdAutoRetry";
        public const string SiteLimit = "SiteLimit";

        /// <summary>
        /// Legacy value that clears CentralSystemUrl or WifiPassword, where it cannot be a real value (not a URL, too
        /// short for a password). For WifiSsid it is a literal network name: 'config clear' clears any optional setting.
        /// </summary>
        public const string None = "none";

        /// <summary>How an empty optional value is shown (not 'none': that is a valid SSID).</summary>
        public const string NotSet = "(not set)";

        public const int MinCurrentA = 6;
        public const int MaxCurrentLimitA = 80;
        public const int MaxSiteLimitA = 400;

        public static readonly string[] Keys = new string[]
        {
            CentralSystemUrl, ChargePointId, WifiSsid, WifiPassword, MaxCurrent, Board,
            MeterVoltageGain, MeterCurrentGain, LogLevel, FrameTrace, RcdAutoRetry, SiteLimit,
        };

        /// <summary>The canonical name of a setting, or null when it is not a device setting.</summary>
        public static string Canonical(string name)
        {
            int i = Index(name);
            return i < 0 ? null : Keys[i];
        }

        // The position of a name in Keys, any case (-1: none); the switches below go by it (a string switch is far larger).
        private static int Index(string name)
        {
            for (int i = 0; i < Keys.Length; i++)
            {
                if (Text.EqualsIgnoreCase(Keys[i], name))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Settings that the running charger picks up only when it is rebuilt (reboot).</summary>
        public static bool NeedsReboot(string key)
        {
            // Bit i set: Keys[i] needs a reboot (CentralSystemUrl, ChargePointId, WifiSsid, WifiPassword, Board,
            // MeterVoltageGain, MeterCurrentGain). Not a key: no bit.
            int i = Index(key);
            return i >= 0 && ((0xEF >> i) & 1) != 0;
        }

        /// <summary>The stored value as text (secrets included: for persistence only).</summary>
        public static string GetRaw(DeviceSettings s, string key)
        {
            switch (Index(key))
            {
                case 0: return s.CentralSystemUrl;
                case 1: return s.ChargePointId;
                case 2: return s.WifiSsid;
                case 3: return s.WifiPassword;
                case 4: return s.MaxCurrentA.ToString();
                case 5: return s.Board;
                case 6: return s.MeterVoltageGain.ToString();
                case 7: return s.MeterCurrentGain.ToString();
                case 8: return Logger.LevelNames.Split(new char[] { '|' })[s.LogLevel >= Logger.LevelError && s.LogLevel < Logger.LevelDebug ? s.LogLevel : Logger.LevelDebug];
                case 9: return s.FrameTrace ? "on" : "off";
                case 10: return s.RcdAutoRetry ? "on" : "off";
                case 11: return s.SiteLimitA.ToString();
                default: return string.Empty;
            }
        }

        /// <summary>The value as the console shows it: secrets masked, empty values as "(not set)".</summary>
        public static string Display(DeviceSettings s, string key)
        {
            string raw = GetRaw(s, key);
            return raw.Length == 0 ? NotSet : key == WifiPassword ? "(set, write-only)" : raw; // the secret is never shown
        }

        /// <summary>
        /// Validates and applies one value to <paramref name="s"/> (null: empties an optional setting). Returns null on success,
        /// or the one-line error ("MaxCurrent: expected ..."). On error <paramref name="s"/> is unchanged.
        /// </summary>
        public static string TrySet(DeviceSettings s, string key, string value, string[] boards)
        {
            int index = Index(key);
            if (value == null && index != 0 && index != 2 && index != 3)
            {
                return key + " cannot be cleared (only CentralSystemUrl, WifiSsid, WifiPassword)";
            }

            string expected;
            switch (index)
            {
                case 0:
                    expected = "a ws:// or wss:// URL (no spaces, up to 256 characters); 'config clear CentralSystemUrl' runs offline";
                    break;
                case 1:
                    expected = "1-48 printable ASCII characters, no spaces or '/'";
                    break;
                case 2:
                    expected = "1-32 characters; 'config clear WifiSsid' removes it";
                    break;
                case 3:
                    expected = "8-63 printable ASCII characters; 'config clear WifiPassword' for an open network";
                    break;
                case 4:
                    expected = "an integer " + MinCurrentA.ToString() + ".." + MaxCurrentLimitA.ToString() + " (amperes)";
                    break;
                case 5:
                    expected = "one of ";
                    for (int i = 0; i < boards.Length; i++)
                    {
                        expected += (i == 0 ? string.Empty : "|") + boards[i];
                    }

                    break;
                case 11:
                    expected = "an integer 0.." + MaxSiteLimitA.ToString() + " (amperes per phase shared by all connectors; 0 = none)";
                    break;
                case 6:
                case 7:
                    expected = "an integer 0..65535 (0 = driver default)";
                    break;
                case 8:
                    expected = Logger.LevelNames;
                    break;
                case 9:
                    expected = "on|off";
                    break;
                case 10:
                    expected = "on|off (on: a latched RCD trip is retried after 5 min, at most 3 times)";
                    break;
                default:
                    expected = "a known setting";
                    break;
            }

            string error = key + ": expected " + expected;
            bool clear = value == null || Text.EqualsIgnoreCase(value, None); // 'none' clears only where it is not a real value
            int n;
            switch (index)
            {
                case 0: // CentralSystemUrl
                    if (clear)
                    {
                        s.CentralSystemUrl = string.Empty;
                        return null;
                    }

                    // ws:// or wss://, then a host (not '/' or ':'); printable ASCII, at most 256 characters.
                    string lower = value.ToLower();
                    int hostStart = lower.StartsWith("ws://") ? 5 : lower.StartsWith("wss://") ? 6 : -1;
                    if (hostStart < 0 || value.Length <= hostStart || value.Length > 256 || !Text.IsPrintableAscii(value, false)
                        || value[hostStart] == '/' || value[hostStart] == ':')
                    {
                        return error;
                    }

                    s.CentralSystemUrl = value;
                    return null;

                case 1: // ChargePointId
                    if (value.Length < 1 || value.Length > 48 || !Text.IsPrintableAscii(value, false) || value.IndexOf('/', 0) >= 0)
                    {
                        return error;
                    }

                    s.ChargePointId = value;
                    return null;

                case 2: // WifiSsid
                    if (value == null)
                    {
                        s.WifiSsid = string.Empty;
                        return null;
                    }

                    if (value.Length < 1 || value.Length > 32)
                    {
                        return error;
                    }

                    for (int i = 0; i < value.Length; i++)
                    {
                        if (value[i] < ' ' || value[i] == (char)0x7F)
                        {
                            return error; // no control characters
                        }
                    }

                    s.WifiSsid = value;
                    return null;

                case 3: // WifiPassword
                    if (clear)
                    {
                        s.WifiPassword = string.Empty;
                        return null;
                    }

                    if (value.Length < 8 || value.Length > 63 || !Text.IsPrintableAscii(value, true))
                    {
                        return error;
                    }

                    s.WifiPassword = value;
                    return null;

                case 5: // Board
                    for (int i = 0; i < boards.Length; i++)
                    {
                        if (Text.EqualsIgnoreCase(boards[i], value))
                        {
                            s.Board = boards[i];
                            return null;
                        }
                    }

                    return error;

                case 4: // MaxCurrent
                case 6: // MeterVoltageGain
                case 7: // MeterCurrentGain
                case 11: // SiteLimit
                    int max = index == 4 ? MaxCurrentLimitA : index == 11 ? MaxSiteLimitA : 65535;
                    if (!ChargePoint.Ocpp.Model.Configuration.ConfigurationStore.TryParseInt(value, out n) || n < (index == 4 ? MinCurrentA : 0) || n > max)
                    {
                        return error;
                    }

                    if (index == 4)
                    {
                        s.MaxCurrentA = n;
                    }
                    else if (index == 11)
                    {
                        s.SiteLimitA = n;
                    }
                    else if (index == 6)
                    {
                        s.MeterVoltageGain = n;
                    }
                    else
                    {
                        s.MeterCurrentGain = n;
                    }

                    return null;

                case 8: // LogLevel
                    string[] names = Logger.LevelNames.Split(new char[] { '|' });
                    for (int i = 0; i < names.Length; i++)
                    {
                        if (Text.EqualsIgnoreCase(names[i], value))
                        {
                            s.LogLevel = i;
                            return null;
                        }
                    }

                    return error;

                case 9: // FrameTrace
                case 10: // RcdAutoRetry
                    string v = value.ToLower();
                    if (v != "on" && v != "off")
                    {
                        return error;
                    }

                    if (index == 9)
                    {
                        s.FrameTrace = v == "on";
                    }
                    else
                    {
                        s.RcdAutoRetry = v == "on";
                    }

                    return null;

                default:
                    return "unknown setting '" + key + "'";
            }
        }
    }
}
