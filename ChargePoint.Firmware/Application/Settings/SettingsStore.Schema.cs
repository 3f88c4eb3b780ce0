using ChargePoint.Firmware.App;
using ChargePoint.Ocpp.Messages;

namespace ChargePoint.Firmware.Settings
{
    /// <summary>
    /// The store's schema: names, validation and display of the device settings, as an explicit table (no reflection).
    /// Names match case-insensitively on the console; the canonical spelling is the one listed here. Part of the store
    /// (no class of its own: a type costs the image a row and its name).
    /// </summary>
    public sealed partial class SettingsStore
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
            string lower = name.ToLower();
            for (int i = 0; i < Keys.Length; i++)
            {
                if (Keys[i].ToLower() == lower)
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
            int index = Index(key);
            switch (index)
            {
                case 0: return s.CentralSystemUrl;
                case 1: return s.ChargePointId;
                case 2: return s.WifiSsid;
                case 3: return s.WifiPassword;
                case 4: return s.MaxCurrentA.ToString();
                case 5: return s.Board;
                case 6: return s.MeterVoltageGain.ToString();
                case 7: return s.MeterCurrentGain.ToString();
                case 8: return Charger.LevelNames.Split(new char[] { '|' })[s.LogLevel >= Charger.LevelError && s.LogLevel < Charger.LevelDebug ? s.LogLevel : Charger.LevelDebug];
                case 9:
                case 10: return (index == 9 ? s.FrameTrace : s.RcdAutoRetry) ? "on" : "off";
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

        // What each key expects, in Keys order ('\n' between; MeterCurrentGain shares MeterVoltageGain's, Board gets the board list).
        // Literal numbers: MinCurrentA, MaxCurrentLimitA, MaxSiteLimitA.
        private const string Expected =
            "ws:// or wss:// URL, <= 256 chars\n"
            + "1-48 printable ASCII, no space or '/'\n"
            + "1-32 chars\n"
            + "8-63 printable ASCII\n"
            + "integer 6..80\n"
            + "one of\n"
            + "integer 0..65535 (0: default)\n\n"
            + Charger.LevelNames + "\n"
            + "on|off\n"
            + "on|off\n"
            + "integer 0..400 (0: none)";

        /// <summary>
        /// Validates and applies one value to <paramref name="s"/> (null: empties an optional setting; the key in any case). Returns null on success,
        /// or the one-line error ("MaxCurrent: expected ..."). On error <paramref name="s"/> is unchanged.
        /// </summary>
        public static string TrySet(DeviceSettings s, string key, string value, string[] boards)
        {
            int index = Index(key);
            if (index < 0)
            {
                return "unknown setting '" + key + "'";
            }

            key = Keys[index]; // the errors name the canonical spelling

            if (value == null && index != 0 && index != 2 && index != 3)
            {
                return key + " cannot be cleared"; // 'help' lists the ones that can
            }

            // Each case returns null once the value is applied, or breaks out to the error.
            // The value in lower case, which the names, levels and on|off match ('none' for null, which clears).
            string lower = value == null ? None : value.ToLower();
            bool clear = lower == None; // 'none' clears only where it is not a real value
            int n;
            switch (index)
            {
                case 0: // CentralSystemUrl: ws:// or wss://, then a host (not '/' or ':'); printable ASCII, at most 256 characters
                case 1: // ChargePointId: 1-48 printable ASCII characters, no spaces or '/'
                case 2: // WifiSsid: 1-32 characters, no control characters ('none' is a network name)
                case 3: // WifiPassword: 8-63 printable ASCII characters (spaces allowed)
                    if (value == null || (clear && index != 1 && index != 2))
                    {
                        value = string.Empty;
                    }
                    else
                    {
                        n = index != 0 ? 0 : lower.StartsWith("ws://") ? 5 : lower.StartsWith("wss://") ? 6 : -1; // where the host starts
                        bool ok = n >= 0 && value.Length > (index == 3 ? 7 : n) && value.Length <= "\u0100\u0030\u0020\u003F"[index] /* 256, 48, 32, 63 */
                            && (index != 0 || (value[n] != '/' && value[n] != ':'));
                        for (int i = 0; ok && i < value.Length; i++)
                        {
                            char c = value[i];
                            ok = c >= ' ' && c != (char)0x7F && (index == 2 || (c <= '~' && (index == 3 || (c != ' ' && (index == 0 || c != '/')))));
                        }

                        if (!ok)
                        {
                            break;
                        }
                    }

                    if (index == 0)
                    {
                        s.CentralSystemUrl = value;
                    }
                    else if (index == 1)
                    {
                        s.ChargePointId = value;
                    }
                    else if (index == 2)
                    {
                        s.WifiSsid = value;
                    }
                    else
                    {
                        s.WifiPassword = value;
                    }

                    return null;

                case 5: // Board
                    for (int i = 0; i < boards.Length; i++)
                    {
                        if (boards[i].ToLower() == lower)
                        {
                            s.Board = boards[i];
                            return null;
                        }
                    }

                    break;

                case 8: // LogLevel
                    n = Validate.Ordinal(Charger.LevelNames, '|', lower);
                    if (n < 0)
                    {
                        break;
                    }

                    s.LogLevel = n;
                    return null;

                case 9: // FrameTrace
                case 10: // RcdAutoRetry
                    if (lower != "on" && lower != "off")
                    {
                        break;
                    }

                    if (index == 9)
                    {
                        s.FrameTrace = lower == "on";
                    }
                    else
                    {
                        s.RcdAutoRetry = lower == "on";
                    }

                    return null;

                default: // MaxCurrent (4), MeterVoltageGain (6), MeterCurrentGain (7), SiteLimit (11)
                    int max = index == 4 ? MaxCurrentLimitA : index == 11 ? MaxSiteLimitA : 65535;
                    if (!ChargePoint.Ocpp.ConfigurationStore.TryParseInt(value, out n) || n < (index == 4 ? MinCurrentA : 0) || n > max)
                    {
                        break;
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
            }

            string expected = Expected.Split(new char[] { '\n' })[index == 7 ? 6 : index];
            for (int i = 0; index == 5 && i < boards.Length; i++)
            {
                expected += (i == 0 ? " " : "|") + boards[i];
            }

            return key + ": expected " + expected;
        }
    }
}
