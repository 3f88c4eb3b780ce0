using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Settings;
using ChargePoint.Ocpp;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>Applies command-line options to the persisted settings before the firmware boots.</summary>
    public static class SimulatorSetup
    {
        /// <summary>--central-system, --id and --board become device settings (validated, all or nothing, persisted).</summary>
        public static string? ApplyOverrides(IStorage storage, SimulatorOptions options)
        {
            int n = (options.CentralSystem != null ? 1 : 0) + (options.Id != null ? 1 : 0) + (options.Board != null ? 1 : 0);
            if (n == 0)
            {
                return null;
            }

            var keys = new string[n];
            var values = new string[n];
            int i = 0;
            if (options.CentralSystem != null)
            {
                keys[i] = SettingsStore.CentralSystemUrl;
                values[i++] = options.CentralSystem;
            }

            if (options.Id != null)
            {
                keys[i] = SettingsStore.ChargePointId;
                values[i++] = options.Id;
            }

            if (options.Board != null)
            {
                keys[i] = SettingsStore.Board;
                values[i] = options.Board;
            }

            return SetAll(new SettingsStore(storage, BoardCatalog.Ids()), keys, values);
        }

        /// <summary>Sets several device settings all or nothing: every value is validated before the first is stored. Null on success.</summary>
        public static string? SetAll(SettingsStore store, string[] keys, string[] values)
        {
            DeviceSettings check = store.Current.Clone();
            for (int i = 0; i < keys.Length; i++)
            {
                string? error = SettingsStore.TrySet(check, keys[i], values[i], store.Boards);
                if (error != null)
                {
                    return error;
                }
            }

            for (int i = 0; i < keys.Length; i++)
            {
                store.Set(keys[i], values[i]);
            }

            return null;
        }

        /// <summary>
        /// --ca-certificate installs the Central System's root as CentralSystemRootCertificate (kept in the certificate
        /// store; installing it again is a no-op), so the first wss:// connection can already verify the server.
        /// </summary>
        public static string? ApplyCaCertificate(Simulation sim, SimulatorOptions options)
        {
            if (options.CaCertificatePem == null)
            {
                return null;
            }

            var certs = sim.Charger.Certificates;
            if (certs == null)
            {
                return "the certificate store is not available: --ca-certificate cannot be applied";
            }

            string status = certs.Install(ChargePoint.Ocpp.Messages.V16.DataTypes.OcppEnum.CentralSystemRootCertificate, options.CaCertificatePem, sim.Clock.NowMs);
            return status == "Accepted" ? null : "--ca-certificate " + options.CaCertificate + ": " + status + " (a self-signed root, valid now, is expected)";
        }

        /// <summary>--password sets the OCPP AuthorizationKey (write-only) before the first connection attempt.</summary>
        public static string? ApplyPassword(Simulation sim, SimulatorOptions options)
        {
            if (options.Password == null)
            {
                return null;
            }

            ConfigurationStore store = sim.Charger.Ocpp.Configuration;
            string status = store.Change("AuthorizationKey", options.Password);
            if (status == "Accepted" || status == "RebootRequired")
            {
                return null;
            }

            // The Security Whitepaper wants 32-40 hex characters, but many Central Systems issue other passwords.
            // The simulator is a test tool: it accepts any printable password up to 40 characters, with a warning.
            const int key = ConfigKeys.AuthorizationKey;
            string pw = options.Password;
            if (pw.Length == 0 || pw.Length > 40 || !ChargerExtensions.IsPrintableAscii(pw))
            {
                return "--password: expected 1-40 printable characters without spaces";
            }

            ConfigValidator? validator = store.Validator(key);
            store.SetValidator(key, null);
            bool ok = store.SetLocal(store.Name(key), pw);
            store.SetValidator(key, validator);
            if (!ok)
            {
                return "--password: AuthorizationKey rejected the value";
            }

            sim.Charger.Write(Charger.LevelWarn, "--password is not 32-40 hex characters (OCPP Security Whitepaper); used as given for HTTP Basic auth");
            return null;
        }
    }
}
