namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The charger's log (the engine's <see cref="ChargePoint.Ocpp.Platform.IOcppLog"/> too): console lines at the
    /// running LogLevel and an optional OCPP frame trace (FrameTrace). Frames that mention AuthorizationKey have every
    /// "value" string masked, so the key never reaches the log. Part of the charger (no class of its own: size).
    /// </summary>
    public sealed partial class Charger : ChargePoint.Ocpp.Platform.IOcppLog
    {
        /// <summary>Log levels as integers (Enum.ToString is numeric on nanoFramework): their names are <see cref="LevelNames"/>.</summary>
        public const int LevelError = 0;
        public const int LevelWarn = 1;
        public const int LevelInfo = 2;
        public const int LevelDebug = 3;

        /// <summary>The level names in level order (the LogLevel setting's values).</summary>
        public const string LevelNames = "error|warn|info|debug";

        public void Info(string message)
        {
            Write(LevelInfo, message);
        }

        public bool IsEnabled(int level)
        {
            return level != ChargePoint.Ocpp.Platform.OcppLogLevel.Trace || Running.FrameTrace;
        }

        /// <summary>The engine's log: Trace carries frames ("&gt; " sent, "&lt; " received), shown only with the trace on.</summary>
        public void Log(int level, string message)
        {
            if (level != ChargePoint.Ocpp.Platform.OcppLogLevel.Trace)
            {
                // Info 1, Warning 2, Error 3 (and anything else) become info, warn, error.
                Write(level == ChargePoint.Ocpp.Platform.OcppLogLevel.Info ? LevelInfo : level == ChargePoint.Ocpp.Platform.OcppLogLevel.Warning ? LevelWarn : LevelError,
                    "ocpp: " + message);
            }
            else if (Running.FrameTrace)
            {
                // A frame that mentions AuthorizationKey has every "value":"..." string masked: the key never reaches the log.
                if (message.IndexOf("AuthorizationKey", 0) >= 0)
                {
                    const string marker = "\"value\"";
                    int at = 0;
                    while ((at = message.IndexOf(marker, at)) >= 0)
                    {
                        int j = at + marker.Length;
                        while (j < message.Length && (message[j] == ' ' || message[j] == ':'))
                        {
                            j++;
                        }

                        at = j;
                        if (j < message.Length && message[j] == '"')
                        {
                            // The JSON string (escapes honoured) becomes "***"; an unterminated one is masked to the end.
                            int k = j + 1;
                            while (k < message.Length && message[k] != '"')
                            {
                                k += message[k] == '\\' ? 2 : 1;
                            }

                            message = message.Substring(0, j) + "\"***\"" + (k < message.Length ? message.Substring(k + 1) : string.Empty);
                        }
                    }
                }

                _platform.Console.WriteLine("[ocpp] " + message);
            }
        }

        /// <summary>A log line at a level (<see cref="LevelError"/> to <see cref="LevelInfo"/>): on the console when the LogLevel shows it, and on flash.</summary>
        public void Write(int level, string message)
        {
            // "[warn] message": error, warn or info (the only levels written).
            message = "[" + LevelNames.Split(new char[] { '|' })[level] + "] " + message;
            if (level <= Running.LogLevel)
            {
                _platform.Console.WriteLine(message);
            }

            // Warnings and errors (and info) are also kept on flash for GetDiagnostics/GetLog, with the OCPP time when
            // known, else "t+" and the tick time (nothing while the engine is being built).
            ChargePoint.Firmware.Update.LogRing ring = _platform.LogRing;
            if (ring != null && level <= LevelInfo)
            {
                ChargePoint.Ocpp.OcppChargePoint ocpp = Ocpp;
                string stamp = ocpp == null ? string.Empty
                    : ocpp.Clock.IsSet ? ChargePoint.Ocpp.Json.IsoTime.Format(ocpp.Clock.Now(LastTickMs)) + " " : "t+" + LastTickMs.ToString() + " ";
                ring.Append(stamp + message);
            }
        }
    }
}
