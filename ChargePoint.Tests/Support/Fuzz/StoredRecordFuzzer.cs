using System;
using ChargePoint.Hal.Simulation;

namespace ChargePoint.Tests.Fuzz
{
    /// <summary>
    /// Every file the firmware keeps on flash (settings, OCPP configuration, journal state and segments, energy
    /// total, security events, authorization cache, local list, reservations, profiles...), torn, bit-flipped,
    /// truncated or overwritten, then a reboot: the charger must come up, answer and go on, never crash.
    /// </summary>
    public static class StoredRecordFuzzer
    {
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
                if (mutator.Next(4) == 0)
                {
                    string second = files[mutator.Next(files.Length)];
                    storage.SetRaw(second, mutator.Mutate(storage.Read(second)!));
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
