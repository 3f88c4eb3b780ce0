using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>
    /// The --demo session on a two-connector board: two cars share a 20 A supply (SiteLimit), offline, at accelerated
    /// time. The first charges alone at 20 A; when the second arrives the first drops to 10 A before the second gets
    /// its 10 A; when the first leaves the second rises to 20 A. It narrates the offers and the two energy registers.
    /// </summary>
    public sealed class SharedSupplyDemo : StagedDemo
    {
        public const int SiteLimitA = 20;
        public const long AloneMs = 10L * 60 * 1000;
        public const long SharedMs = 20L * 60 * 1000;
        public const long StageTimeoutMs = 10L * 60 * 1000;

        public SharedSupplyDemo(Simulation sim, IConsoleIo io)
            : base(sim, io, StageTimeoutMs + SharedMs)
        {
        }

        protected override bool RunStage(Charger c, long now, long inStage)
        {
            switch (Stage)
            {
                case 0:
                    Say("offline charge point with two connectors sharing a " + SiteLimitA.ToString() + " A supply (SiteLimit). Time runs x" + DemoScript.Speed.ToString() + ".");
                    string status = c.Ocpp.Configuration.Change("AllowOfflineTxForUnknownId", "true");
                    string? error = c.Settings.Set("SiteLimit", SiteLimitA.ToString());
                    if ((status != "Accepted" && status != "RebootRequired") || error != null)
                    {
                        return Fail("setup failed (" + status + ", " + error + ")");
                    }

                    Sim.Speed = DemoScript.Speed;
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
                    if (c.Sharing.OfferedA(1) > 0 && Charging(c, 2))
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
                        Sim.World.Connector(1).Unplug();
                        Next(now);
                    }

                    break;
                case 5:
                    if (c.Sharing.OfferedA(1) >= SiteLimitA)
                    {
                        long wh1 = c.EnergyActiveImportWh(1);
                        long wh2 = c.EnergyActiveImportWh(2);
                        Say("car 2 alone again: " + Sharing(c));
                        Say("done: connector 1 " + Charger.Fixed(wh1 / 1000.0, 2) + " kWh, connector 2 " + Charger.Fixed(wh2 / 1000.0, 2)
                            + " kWh; journal " + c.Transactions.Journal.QueuedMessages.ToString() + " messages queued for the Central System");
                        if (wh1 < 1000 || wh2 < 500)
                        {
                            return Fail("expected energy on both connectors");
                        }

                        return Succeed();
                    }

                    break;
            }

            return true;
        }

        protected override string Situation(Charger c)
        {
            return ": " + c.StatusLine();
        }

        /// <summary>A car plugs in at the connector, its card is presented and it asks for 7.4 kW.</summary>
        private void Arrive(int connector)
        {
            Say("car " + connector.ToString() + " plugs in at connector " + connector.ToString() + ", card presented, asks for 7.4 kW (32 A)");
            Hal.Simulation.SimulatedBoard world = Sim.World.Connector(connector);
            world.Plug(32);
            world.SetEvPowerKw(7.4);
            world.EvRequestCharge();
            Sim.Charger.PresentCard(connector, Card(connector));
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
            return "connector 1 offered " + Charger.Fixed(c.Sharing.OfferedA(0), 1) + " A, connector 2 offered " + Charger.Fixed(c.Sharing.OfferedA(1), 1) + " A";
        }
    }
}
