using System;
using ChargePoint.Hal.Simulation;

namespace ChargePoint.Tests.Fuzz
{
    /// <summary>Mutated technician console lines (commands, settings, OCPP keys, simulator verbs): never a crash.</summary>
    public static class ConsoleFuzzer
    {
        private static readonly string[] Corpus =
        {
            "help", "status", "config get", "config get HeartbeatInterval", "config set HeartbeatInterval 60",
            "config set AllowOfflineTxForUnknownId true", "set MaxCurrentA 16", "set WifiSsid \"my net\"", "get",
            "plug 32", "unplug", "ev charge", "ev connect", "ev stop", "card ABC", "log debug", "log info",
            "time x10", "rcd trip", "rcd clear", "reboot", "meter", "set CentralSystemUrl ws://cs.test/ocpp",
            "set ChargePointId CP_1", "relay weld", "fault clear", "tx", "quit",
        };

        public static FuzzResult Run(int inputs, uint seed)
        {
            var result = new FuzzResult("console", seed);
            var mutator = new Mutator(seed);
            var storage = new SimulatedStorage();
            FirmwareFuzzRig.Provision(storage);
            var rig = new FirmwareFuzzRig(storage);
            rig.Advance(3000);
            rig.TakeFailure();
            for (int i = 0; i < inputs; i++)
            {
                string line = mutator.Mutate(Corpus[mutator.Next(Corpus.Length)], Corpus[mutator.Next(Corpus.Length)]);
                result.Counted();
                try
                {
                    rig.Sim.QuitRequested = false;
                    rig.Console.Type(line);
                    rig.Advance(50 + mutator.Next(200));
                    string failure = rig.TakeFailure();
                    if (failure.Length == 0 && (i % 50 == 49 || i == inputs - 1))
                    {
                        failure = rig.Liveness(i);
                        rig.TakeFailure();
                    }

                    if (failure.Length > 0)
                    {
                        result.Failed(failure, line);
                    }
                }
                catch (Exception e)
                {
                    result.Failed("exception " + ((object)e).GetType().Name + ": " + e.Message, line);
                    result.ProbesAnswered += rig.ProbesAnswered;
                    rig = new FirmwareFuzzRig(storage);
                }
            }

            result.ProbesAnswered += rig.ProbesAnswered;
            return result;
        }
    }
}
