using System.Text;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// Console log with a level and an optional OCPP frame trace. Frames that mention AuthorizationKey have
    /// every "value" string masked, so the key never reaches the log.
    /// </summary>
    public sealed class Logger : ChargePoint.Ocpp.Platform.IOcppLog
    {
        /// <summary>Log levels as integers (Enum.ToString is numeric on nanoFramework): their names are <see cref="LevelNames"/>.</summary>
        public const int LevelError = 0;
        public const int LevelWarn = 1;
        public const int LevelInfo = 2;
        public const int LevelDebug = 3;

        /// <summary>The level names in level order (the LogLevel setting's values).</summary>
        public const string LevelNames = "error|warn|info|debug";

        private readonly IConsoleIo _io;

        public Logger(IConsoleIo io, int level, bool frameTrace)
        {
            _io = io;
            Level = level;
            FrameTrace = frameTrace;
        }

        public int Level;

        public bool FrameTrace;

        /// <summary>Also keeps warnings and errors on flash for GetDiagnostics/GetLog (null: console only).</summary>
        public ChargePoint.Firmware.Update.LogRing Ring;

        /// <summary>Set by the charger: the lines kept in <see cref="Ring"/> start with its OCPP time when known, else "t+" and its tick time.</summary>
        public Charger Charger;

        public void Warn(string message)
        {
            Write(LevelWarn, "warn", message);
        }

        public void Info(string message)
        {
            Write(LevelInfo, "info", message);
        }

        public bool IsEnabled(int level)
        {
            return level == ChargePoint.Ocpp.Platform.OcppLogLevel.Trace ? FrameTrace : true;
        }

        /// <summary>The engine's log: Trace carries frames ("&gt; " sent, "&lt; " received), shown only with the trace on.</summary>
        public void Log(int level, string message)
        {
            switch (level)
            {
                case ChargePoint.Ocpp.Platform.OcppLogLevel.Trace:
                    if (FrameTrace)
                    {
                        _io.WriteLine("[ocpp] " + RedactFrame(message));
                    }

                    break;
                case ChargePoint.Ocpp.Platform.OcppLogLevel.Info:
                    Info("ocpp: " + message);
                    break;
                case ChargePoint.Ocpp.Platform.OcppLogLevel.Warning:
                    Warn("ocpp: " + message);
                    break;
                default:
                    Write(LevelError, "error", "ocpp: " + message);
                    break;
            }
        }

        /// <summary>Masks every "value":"..." string of a frame that mentions AuthorizationKey.</summary>
        public static string RedactFrame(string frame)
        {
            if (frame.IndexOf("AuthorizationKey", 0) < 0)
            {
                return frame;
            }

            const string marker = "\"value\"";
            var sb = new StringBuilder();
            int i = 0;
            while (i < frame.Length)
            {
                int at = frame.IndexOf(marker, i);
                if (at < 0)
                {
                    sb.Append(frame.Substring(i));
                    break;
                }

                int j = at + marker.Length;
                while (j < frame.Length && (frame[j] == ' ' || frame[j] == ':'))
                {
                    j++;
                }

                if (j >= frame.Length || frame[j] != '"')
                {
                    sb.Append(frame.Substring(i, j - i));
                    i = j;
                    continue;
                }

                // Skip the JSON string, honouring escapes.
                int k = j + 1;
                while (k < frame.Length && frame[k] != '"')
                {
                    k += frame[k] == '\\' ? 2 : 1;
                }

                sb.Append(frame.Substring(i, j - i));
                sb.Append("\"***\"");
                i = k + 1;
            }

            return sb.ToString();
        }

        private void Write(int level, string tag, string message)
        {
            if (level <= Level)
            {
                _io.WriteLine("[" + tag + "] " + message);
            }

            if (Ring != null && level <= LevelInfo)
            {
                Charger c = Charger;
                string stamp = c == null ? string.Empty
                    : c.Ocpp.Clock.IsSet ? ChargePoint.Ocpp.Json.IsoTime.Format(c.Ocpp.Clock.Now(c.LastTickMs)) + " " : "t+" + c.LastTickMs.ToString() + " ";
                Ring.Append(stamp + "[" + tag + "] " + message);
            }
        }
    }
}
