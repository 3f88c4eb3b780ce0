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
        public static string? Canonical(string name)
        {
            for (int i = 0; i < Keys.Length; i++)
            {
                if (Text.EqualsIgnoreCase(Keys[i], name))
                {
                    return Keys[i];
                }
            }

            return null;
        }

        /// <summary>Secrets can be set but are never shown or logged.</summary>
        public static bool IsSecret(string key)
        {
            return key == WifiPassword;
        }

        /// <summary>Settings that the running charger picks up only when it is rebuilt (reboot).</summary>
        public static bool NeedsReboot(string key)
        {
            return key == CentralSystemUrl || key == ChargePointId || key == WifiSsid || key == WifiPassword
                || key == Board || key == MeterVoltageGain || key == MeterCurrentGain;
        }

        public static string Expected(string key, string[] boards)
        {
            switch (key)
            {
                case CentralSystemUrl: return "a ws:// or wss:// URL (no spaces, up to 256 characters); 'config clear CentralSystemUrl' runs offline";
                case ChargePointId: return "1-48 printable ASCII characters, no spaces or '/'";
                case WifiSsid: return "1-32 characters; 'config clear WifiSsid' removes it";
                case WifiPassword: return "8-63 printable ASCII characters; 'config clear WifiPassword' for an open network";
                case MaxCurrent: return "an integer " + MinCurrentA.ToString() + ".." + MaxCurrentLimitA.ToString() + " (amperes)";
                case Board: return "one of " + JoinBar(boards);
                case SiteLimit: return "an integer 0.." + MaxSiteLimitA.ToString() + " (amperes per phase shared by all connectors; 0 = none)";
                case MeterVoltageGain:
                case MeterCurrentGain: return "an integer 0..65535 (0 = driver default)";
                case LogLevel: return LogLevels.Expected;
                case FrameTrace: return "on|off";
                case RcdAutoRetry: return "on|off (off: an RCD trip stays latched until 'fault clear' or a Reset; on: retried after 5 min, at most 3 times)";
                default: return "a known setting";
            }
        }

        /// <summary>The stored value as text (secrets included: for persistence only).</summary>
        public static string GetRaw(DeviceSettings s, string key)
        {
            switch (key)
            {
                case CentralSystemUrl: return s.CentralSystemUrl;
                case ChargePointId: return s.ChargePointId;
                case WifiSsid: return s.WifiSsid;
                case WifiPassword: return s.WifiPassword;
                case MaxCurrent: return s.MaxCurrentA.ToString();
                case Board: return s.Board;
                case MeterVoltageGain: return s.MeterVoltageGain.ToString();
                case MeterCurrentGain: return s.MeterCurrentGain.ToString();
                case LogLevel: return LogLevels.Name(s.LogLevel);
                case FrameTrace: return s.FrameTrace ? "on" : "off";
                case RcdAutoRetry: return s.RcdAutoRetry ? "on" : "off";
                case SiteLimit: return s.SiteLimitA.ToString();
                default: return string.Empty;
            }
        }

        /// <summary>The value as the console shows it: secrets masked, empty values as "(not set)".</summary>
        public static string Display(DeviceSettings s, string key)
        {
            string raw = GetRaw(s, key);
            if (IsSecret(key))
            {
                return raw.Length == 0 ? NotSet : "(set, write-only)";
            }

            return raw.Length == 0 ? NotSet : raw;
        }

        /// <summary>Empties an optional setting. Null on success, else the one-line error (s unchanged).</summary>
        public static string? TryClear(DeviceSettings s, string key)
        {
            switch (key)
            {
                case CentralSystemUrl:
                    s.CentralSystemUrl = string.Empty;
                    return null;
                case WifiSsid:
                    s.WifiSsid = string.Empty;
                    return null;
                case WifiPassword:
                    s.WifiPassword = string.Empty;
                    return null;
                default:
                    return key + " cannot be cleared (only CentralSystemUrl, WifiSsid, WifiPassword); use config set";
            }
        }

        /// <summary>
        /// Validates and applies one value to <paramref name="s"/>. Returns null on success, or the one-line
        /// error ("MaxCurrent: expected ..."). On error <paramref name="s"/> is unchanged.
        /// </summary>
        public static string? TrySet(DeviceSettings s, string key, string value, string[] boards)
        {
            string error = key + ": expected " + Expected(key, boards);
            bool clear = Text.EqualsIgnoreCase(value, None);
            int n;
            switch (key)
            {
                case CentralSystemUrl:
                    if (clear)
                    {
                        s.CentralSystemUrl = string.Empty;
                        return null;
                    }

                    if (!IsWebSocketUrl(value))
                    {
                        return error;
                    }

                    s.CentralSystemUrl = value;
                    return null;

                case ChargePointId:
                    if (value.Length < 1 || value.Length > 48 || !Text.IsPrintableAscii(value, false) || value.IndexOf('/') >= 0)
                    {
                        return error;
                    }

                    s.ChargePointId = value;
                    return null;

                case WifiSsid:
                    if (value.Length < 1 || value.Length > 32 || !Text.HasNoControlChars(value))
                    {
                        return error;
                    }

                    s.WifiSsid = value;
                    return null;

                case WifiPassword:
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

                case MaxCurrent:
                    if (!Text.TryParseInt(value, out n) || n < MinCurrentA || n > MaxCurrentLimitA)
                    {
                        return error;
                    }

                    s.MaxCurrentA = n;
                    return null;

                case SiteLimit:
                    if (!Text.TryParseInt(value, out n) || n < 0 || n > MaxSiteLimitA)
                    {
                        return error;
                    }

                    s.SiteLimitA = n;
                    return null;

                case Board:
                    for (int i = 0; i < boards.Length; i++)
                    {
                        if (Text.EqualsIgnoreCase(boards[i], value))
                        {
                            s.Board = boards[i];
                            return null;
                        }
                    }

                    return error;

                case MeterVoltageGain:
                case MeterCurrentGain:
                    if (!Text.TryParseInt(value, out n) || n < 0 || n > 65535)
                    {
                        return error;
                    }

                    if (key == MeterVoltageGain)
                    {
                        s.MeterVoltageGain = n;
                    }
                    else
                    {
                        s.MeterCurrentGain = n;
                    }

                    return null;

                case LogLevel:
                    n = LogLevels.Parse(value);
                    if (n < 0)
                    {
                        return error;
                    }

                    s.LogLevel = n;
                    return null;

                case FrameTrace:
                    string v = value.ToLower();
                    if (v != "on" && v != "off")
                    {
                        return error;
                    }

                    s.FrameTrace = v == "on";
                    return null;

                case RcdAutoRetry:
                    string r = value.ToLower();
                    if (r != "on" && r != "off")
                    {
                        return error;
                    }

                    s.RcdAutoRetry = r == "on";
                    return null;

                default:
                    return "unknown setting '" + key + "'";
            }
        }

        public static bool IsWebSocketUrl(string value)
        {
            string lower = value.ToLower();
            int hostStart;
            if (lower.StartsWith("ws://"))
            {
                hostStart = 5;
            }
            else if (lower.StartsWith("wss://"))
            {
                hostStart = 6;
            }
            else
            {
                return false;
            }

            return value.Length > hostStart && value.Length <= 256 && Text.IsPrintableAscii(value, false)
                && value[hostStart] != '/' && value[hostStart] != ':';
        }

        public static string JoinBar(string[] items)
        {
            string result = string.Empty;
            for (int i = 0; i < items.Length; i++)
            {
                result = i == 0 ? items[i] : result + "|" + items[i];
            }

            return result;
        }
    }
}
