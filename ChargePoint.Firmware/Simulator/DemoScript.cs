using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;
using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>
    /// The --demo session, offline and at accelerated time: plug, card (offline authorization), charge for half
    /// an hour, card again (stop), unplug. It narrates what happens and shows the meter rising and the journal
    /// filling with StartTransaction, MeterValues and StopTransaction waiting for a Central System. Advanced by
    /// <see cref="Step"/> after each slice of simulated time; fails if any stage takes too long.
    /// </summary>
    public sealed class DemoScript : StagedDemo
    {
        public const int Speed = 300;
        public const string Card = "DEMO-CARD-1";
        public const long ChargeMs = 30L * 60 * 1000;
        public const long ReportEveryMs = 5L * 60 * 1000;
        public const long StageTimeoutMs = 10L * 60 * 1000;

        /// <summary>The demo's random seed: with <see cref="StartUtc"/> and fixed time slices, every run prints the same.</summary>
        public const uint Seed = 1;

        /// <summary>The demo's wall clock at power-up (not the host's clock: results must not depend on it).</summary>
        public static readonly System.DateTime StartUtc = new System.DateTime(2025, 1, 1, 8, 0, 0);

        private long _lastReportMs;

        public DemoScript(Simulation sim, IConsoleIo io)
            : base(sim, io, StageTimeoutMs)
        {
        }

        protected override bool RunStage(Charger c, long now, long inStage)
        {
            switch (Stage)
            {
                case 0:
                    Say("offline charge point: no Central System configured. Simulated time runs x" + Speed.ToString() + ".");
                    Say("AllowOfflineTxForUnknownId = true: an unknown card may start a session while offline.");
                    string status = c.Ocpp.Configuration.Change("AllowOfflineTxForUnknownId", "true");
                    if (status != "Accepted" && status != "RebootRequired")
                    {
                        return Fail("could not enable offline authorization (" + status + ")");
                    }

                    Sim.Speed = Speed;
                    Next(now);
                    break;
                case 1:
                    if (inStage >= 2000)
                    {
                        Say("plug: EV connected with a 32 A cable");
                        Sim.World.Plug(32);
                        Next(now);
                    }

                    break;
                case 2:
                    if (c.Connector.Status == "Preparing")
                    {
                        Say("status Preparing; pilot " + ControlPilot.Name(c.Evse.Pilot.State) + "; card " + Card + " presented");
                        string? refused = c.PresentCard(Charger.ConnectorId, Card);
                        if (refused != null)
                        {
                            return Fail(refused);
                        }

                        Next(now);
                    }

                    break;
                case 3:
                    if (c.Transactions.RunningTransaction(Charger.ConnectorId) != null)
                    {
                        Say("authorized offline; StartTransaction journaled (" + JournalText(c) + "); PWM offers "
                            + Charger.Fixed(c.Evse.Pilot.OfferedAmps, 0) + " A; the EV asks for energy");
                        Sim.World.SetEvPowerKw(7.4);
                        Sim.World.EvRequestCharge();
                        Next(now);
                    }

                    break;
                case 4:
                    if (c.Evse.Contactor.IsCommandedClosed && c.Connector.Status == "Charging")
                    {
                        Say("state C: contactor closed, status Charging");
                        _lastReportMs = now;
                        Next(now);
                    }

                    break;
                case 5:
                    if (now - _lastReportMs >= ReportEveryMs)
                    {
                        _lastReportMs = now;
                        Say("+" + (inStage / 60000).ToString() + " min: " + c.StatusLine() + " | journal " + JournalText(c));
                    }

                    if (inStage >= ChargeMs)
                    {
                        Say("card " + Card + " presented again: stop");
                        c.PresentCard(Charger.ConnectorId, Card);
                        Next(now);
                    }

                    return false;
                case 6:
                    if (!c.Evse.Contactor.IsCommandedClosed && c.Transactions.RunningTransaction(Charger.ConnectorId) == null)
                    {
                        Say("StopTransaction (reason Local) journaled; contactor open; unplug");
                        Sim.World.Unplug();
                        Next(now);
                    }

                    break;
                case 7:
                    if (c.Connector.Status == "Available" || (inStage > 35000 && c.Connector.Status != "Faulted"))
                    {
                        double kwh = c.Evse.Meter == null ? 0 : c.Evse.Meter.EnergyActiveImportWh / 1000.0;
                        int queued = c.Transactions.Journal.QueuedMessages;
                        Say("done: " + Charger.Fixed(kwh, 2) + " kWh delivered; status " + c.Connector.Status + "; journal " + JournalText(c));
                        Say("these messages go to the Central System, in order, once one is configured (config set CentralSystemUrl ...)");
                        if (kwh < 1.0 || queued < 3)
                        {
                            return Fail("expected over 1 kWh and at least 3 journaled messages");
                        }

                        return Succeed();
                    }

                    break;
            }

            return true;
        }

        protected override string Situation(Charger c)
        {
            return " (status " + c.Connector.Status + ")";
        }

        private static string JournalText(Charger c)
        {
            TransactionJournal j = c.Transactions.Journal;
            return j.QueuedMessages.ToString() + " messages queued, " + j.QueuedMeterValues.ToString() + " meter values";
        }
    }
}
