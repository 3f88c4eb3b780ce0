using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>
    /// The --demo session on a two-connector board: two cars share a 20 A supply (SiteLimit), offline, at accelerated
    /// time. The first charges alone at 20 A; when the second arrives the first drops to 10 A before the second gets
    /// its 10 A; when the first leaves the second rises to 20 A. It narrates the offers and the two energy registers.
    /// </summary>
    public sealed class SharedSupplyDemo : IDemo
    {
        public const int SiteLimitA = 20;
        public const long AloneMs = 10L * 60 * 1000;
        public const long SharedMs = 20L * 60 * 1000;
        public const long StageTimeoutMs = 10L * 60 * 1000;

        private readonly Simulation _sim;
        private readonly IConsoleIo _io;
        private int _stage;
        private long _stageStartMs = -1;

        public SharedSupplyDemo(Simulation sim, IConsoleIo io)
        {
            _sim = sim;
            _io = io;
        }

        public bool Succeeded { get; private set; }

        public bool Finished { get; private set; }

        public bool Step()
        {
            if (Finished)
            {
                return true;
            }

            Charger c = _sim.Charger;
            long now = _sim.Clock.NowMs;
            if (_stageStartMs < 0)
            {
                _stageStartMs = now;
            }

            long inStage = now - _stageStartMs;
            switch (_stage)
            {
                case 0:
                    Say("offline charge point with two connectors sharing a " + SiteLimitA.ToString() + " A supply (SiteLimit). Time runs x" + DemoScript.Speed.ToString() + ".");
                    string status = c.OcppKeys == null ? "NotSupported" : c.OcppKeys.Set("AllowOfflineTxForUnknownId", "true");
                    string? error = c.Settings.SetMany(new string[] { "SiteLimit" }, new string[] { SiteLimitA.ToString() });
                    if ((status != "Accepted" && status != "RebootRequired") || error != null)
                    {
                        return Fail("setup failed (" + status + ", " + error + ")");
                    }

                    _sim.Speed = DemoScript.Speed;
                    Arrive(1);
                    Next(now);
                    break;
                case 1:
                    if (Charging(c, 1) && inStage >= AloneMs)
                    {
                        Say("+10 min: car 1 alone gets the whole supply: " + Sharing(c));
                        Arrive(2);
                        Next(now);
                    }

                    break;
                case 2:
                    if (c.Binding.RequestedOf(2) > 0 && Charging(c, 2))
                    {
                        Say("car 2 charging: car 1 was lowered first, then car 2 raised: " + Sharing(c));
                        Next(now);
                    }

                    break;
                case 3:
                    if (inStage >= SharedMs)
                    {
                        Say("+20 min shared: " + Sharing(c) + "; car 1 leaves (card again, unplug)");
                        c.PresentCard(1, Card(1));
                        Next(now);
                    }

                    return false;
                case 4:
                    if (c.Transactions.RunningTransaction(1) == null)
                    {
                        _sim.World.Connector(1).Unplug();
                        Next(now);
                    }

                    break;
                case 5:
                    if (c.Binding.RequestedOf(2) >= SiteLimitA)
                    {
                        long wh1 = c.Binding.EnergyActiveImportWh(1);
                        long wh2 = c.Binding.EnergyActiveImportWh(2);
                        Say("car 2 alone again: " + Sharing(c));
                        Say("done: connector 1 " + Text.Fixed(wh1 / 1000.0, 2) + " kWh, connector 2 " + Text.Fixed(wh2 / 1000.0, 2)
                            + " kWh; journal " + c.Transactions.Journal.QueuedMessages.ToString() + " messages queued for the Central System");
                        if (wh1 < 1000 || wh2 < 500)
                        {
                            return Fail("expected energy on both connectors");
                        }

                        Succeeded = true;
                        Finished = true;
                        return true;
                    }

                    break;
            }

            if (inStage > StageTimeoutMs + SharedMs)
            {
                return Fail("stage " + _stage.ToString() + " did not complete: " + c.StatusLine());
            }

            return false;
        }

        /// <summary>A car plugs in at the connector, its card is presented and it asks for 7.4 kW.</summary>
        private void Arrive(int connector)
        {
            Say("car " + connector.ToString() + " plugs in at connector " + connector.ToString() + ", card presented, asks for 7.4 kW (32 A)");
            Hal.Simulation.SimulatedBoard world = _sim.World.Connector(connector);
            world.Plug(32);
            world.SetEvPowerKw(7.4);
            world.EvRequestCharge();
            _sim.Charger.PresentCard(connector, Card(connector));
        }

        private static string Card(int connector)
        {
            return "DEMO-CARD-" + connector.ToString();
        }

        private static bool Charging(Charger c, int connector)
        {
            return c.Ocpp.Connectors[connector].Status == "Charging";
        }

        private static string Sharing(Charger c)
        {
            return "connector 1 offered " + Text.Fixed(c.Binding.RequestedOf(1), 1) + " A, connector 2 offered " + Text.Fixed(c.Binding.RequestedOf(2), 1) + " A";
        }

        private void Next(long now)
        {
            _stage++;
            _stageStartMs = now;
        }

        private void Say(string text)
        {
            _io.WriteLine("[demo] " + text);
        }

        private bool Fail(string why)
        {
            Say("FAILED: " + why);
            Finished = true;
            return true;
        }
    }
}
