using ChargePoint.Firmware.Settings;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;

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
                keys[i] = SettingsSchema.CentralSystemUrl;
                values[i++] = options.CentralSystem;
            }

            if (options.Id != null)
            {
                keys[i] = SettingsSchema.ChargePointId;
                values[i++] = options.Id;
            }

            if (options.Board != null)
            {
                keys[i] = SettingsSchema.Board;
                values[i] = options.Board;
            }

            return new SettingsStore(storage, BoardCatalog.Ids()).SetMany(keys, values);
        }

        /// <summary>--password sets the OCPP AuthorizationKey (write-only) before the first connection attempt.</summary>
        public static string? ApplyPassword(Simulation sim, SimulatorOptions options)
        {
            if (options.Password == null)
            {
                return null;
            }

            var keys = sim.Charger.OcppKeys;
            if (keys == null)
            {
                return "the OCPP engine is not available: --password cannot be applied";
            }

            string status = keys.Set("AuthorizationKey", options.Password);
            return status == "Accepted" || status == "RebootRequired" ? null : "--password: AuthorizationKey rejected the value (" + status + ")";
        }
    }
}
