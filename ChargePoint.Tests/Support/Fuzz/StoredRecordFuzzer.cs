using System;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Tests.Fuzz
{
    /// <summary>
    /// Every file the firmware keeps on flash (settings, OCPP configuration, journal state and segments, energy
    /// total, security events, authorization cache, local list, reservations, profiles...), torn, bit-flipped,
    /// truncated or overwritten, then a reboot: the charger must come up, answer and go on, never crash. A record with a
    /// check (CRC or checksum) whose bytes changed must be reported corrupt (StoreHealth: moved aside, warned, sent to the
    /// Central System) unless its content was recovered; with a CRC a changed record cannot pass unnoticed.
    /// </summary>
    public static class StoredRecordFuzzer
    {
        /// <summary>Records guarded by a CRC or checksum (text and JSON records by their "#crc32=" seal line, RecordText).</summary>
        private static readonly string[] Checked = new string[]
        {
            "txj.state", "txj.state.m", "auth.list", "auth.cache", "resv", "device-settings", "meter.energy",
            "ocpp.config", "sec.events", "ocpp.profiles", "ocpp.firmware", "sec.conn",
        };

        public static FuzzResult Run(int inputs, uint seed)
        {
            var result = new FuzzResult("stored-record", seed);
            var mutator = new Mutator(seed);
            SimulatedStorage golden = Prepare();
            string[] files = golden.List();
            for (int i = 0; i < inputs; i++)
            {
                var storage = new SimulatedStorage();
                for (int f = 0; f < files.Length; f++)
                {
                    storage.SetRaw(files[f], golden.Read(files[f])!);
                }

                string victim = files[mutator.Next(files.Length)];
                byte[] damaged = mutator.Mutate(golden.Read(victim)!);
                storage.SetRaw(victim, damaged);
                string second = string.Empty;
                byte[] secondDamaged = damaged;
                if (mutator.Next(4) == 0)
                {
                    second = files[mutator.Next(files.Length)];
                    secondDamaged = mutator.Mutate(storage.Read(second)!);
                    storage.SetRaw(second, secondDamaged);
                }

                result.Counted();
                string input = victim + " (" + damaged.Length.ToString() + " bytes)";
                try
                {
                    var rig = new FirmwareFuzzRig(storage);
                    rig.Advance(3000);
                    string failure = rig.TakeFailure();
                    if (failure.Length == 0)
                    {
                        failure = Unreported(rig, victim, golden.Read(victim)!, second == victim ? secondDamaged : damaged, storage);
                    }

                    if (failure.Length == 0 && second.Length > 0)
                    {
                        failure = Unreported(rig, second, golden.Read(second)!, secondDamaged, storage);
                    }

                    if (failure.Length == 0)
                    {
                        failure = rig.Liveness(i);
                    }

                    result.ProbesAnswered += rig.ProbesAnswered;

                    if (failure.Length > 0)
                    {
                        result.Failed(failure, input);
                    }
                }
                catch (Exception e)
                {
                    result.Failed("exception " + ((object)e).GetType().Name + ": " + e.Message, input);
                }
            }

            return result;
        }

        /// <summary>Empty, or why a changed checked record was neither recovered nor reported.</summary>
        private static string Unreported(FirmwareFuzzRig rig, string name, byte[] golden, byte[] damaged, SimulatedStorage storage)
        {
            if (!IsChecked(name) || Same(damaged, golden) || WasReported(rig.Sim.Charger.Health, name))
            {
                return string.Empty;
            }

            if (IsSealedText(name) && ChargePoint.Ocpp.Platform.RecordText.CheckedLength(damaged, name != "ocpp.profiles" && name != "ocpp.firmware" && name != "sec.conn") == damaged.Length)
            {
                // The damage left a well-formed record without seal (emptied, or torn at a line end): indistinguishable
                // from one written by an older firmware, which is accepted as legacy and sealed on the next save.
                return string.Empty;
            }

            byte[]? aside = storage.Read(name + ChargePoint.Ocpp.Platform.StoreHealth.CorruptSuffix);
            byte[]? now = storage.Read(name);
            if (aside == null && now != null && Same(now, golden))
            {
                return string.Empty; // recovered (or the mutation changed nothing)
            }

            return "record " + name + " changed but was neither recovered nor reported";
        }

        private static bool WasReported(StoreHealth health, string name)
        {
            for (int i = 0; i < health.Reports; i++)
            {
                if (health.ReportName(i) == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSealedText(string name) => name == "ocpp.config" || name == "sec.events" || name == "ocpp.profiles" || name == "ocpp.firmware" || name == "sec.conn";

        private static bool IsChecked(string name)
        {
            for (int i = 0; i < Checked.Length; i++)
            {
                if (Checked[i] == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Same(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A charger with something in every store: settings, keys, an offline session with queued messages, a local list.</summary>
        private static SimulatedStorage Prepare()
        {
            var storage = new SimulatedStorage();
            FirmwareFuzzRig.Provision(storage);
            var rig = new FirmwareFuzzRig(storage);
            rig.Advance(3000);
            rig.CentralSystem.Send("[2,\"p1\",\"SendLocalList\",{\"listVersion\":2,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTag\":\"A\",\"idTagInfo\":{\"status\":\"Accepted\"}}]}]");
            rig.CentralSystem.Send("[2,\"p2\",\"ChangeConfiguration\",{\"key\":\"MeterValueSampleInterval\",\"value\":\"10\"}]");
            rig.CentralSystem.Send("[2,\"p3\",\"ReserveNow\",{\"connectorId\":1,\"expiryDate\":\"2026-11-25T11:00:00.000Z\",\"idTag\":\"R\",\"reservationId\":5}]");
            rig.CentralSystem.Send("[2,\"p4\",\"CancelReservation\",{\"reservationId\":5}]");
            rig.CentralSystem.Send("[2,\"p5\",\"SetChargingProfile\",{\"connectorId\":0,\"csChargingProfiles\":{\"chargingProfileId\":3,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16}]}}}]");
            rig.Console.Type("plug 32");
            rig.Console.Type("ev charge");
            rig.Console.Type("card A");
            rig.Advance(20000);
            rig.Transport.AcceptConnections = false;
            rig.Transport.PeerDisconnect();
            rig.Advance(30000);
            rig.Console.Type("unplug");
            rig.Advance(5000);
            rig.Console.Type("plug 32");
            rig.Console.Type("ev charge");
            rig.Console.Type("card A");
            rig.Advance(30000);
            return storage;
        }
    }
}
