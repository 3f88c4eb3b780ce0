using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>Console commands that act on the simulated world (host simulator only), plus quit/exit.</summary>
    public sealed class SimulatorCommands : IConsoleCommands
    {
        public const int MaxSpeed = 1000;

        private readonly Simulation _sim;

        public SimulatorCommands(Simulation sim)
        {
            _sim = sim;
        }

        public void WriteHelp(IConsoleIo io)
        {
            io.WriteLine("simulator:");
            io.WriteLine("  plug [13|20|32|63]           connect the EV (cable rating in A, default 32)");
            io.WriteLine("  unplug                       disconnect the EV");
            io.WriteLine("  ev charge|pause              the EV requests energy (state C) or pauses (state B)");
            io.WriteLine("  ev power <kW>                power the EV draws when allowed (0.1..50)");
            io.WriteLine("  card <idTag>                 present an RFID card (1-20 characters)");
            io.WriteLine("  fault rcd|weld|meter         inject a fault");
            io.WriteLine("  clear                        remove injected faults and reset latched ones");
            io.WriteLine("  time x<N>                    simulated time runs N times faster (1..1000)");
            io.WriteLine("  quit | exit                  stop the simulator");
        }

        public bool Execute(CommandLine line, IConsoleIo io)
        {
            switch (line.Command)
            {
                case "plug":
                    Plug(line, io);
                    return true;
                case "unplug":
                    if (!Exact(line, 1, io, "unplug"))
                    {
                        return true;
                    }

                    if (!_sim.World.Ev.IsPlugged)
                    {
                        io.WriteLine("error: not plugged: no EV to unplug");
                    }
                    else
                    {
                        _sim.World.Unplug();
                        io.WriteLine("ok: EV unplugged");
                    }

                    return true;
                case "ev":
                    Ev(line, io);
                    return true;
                case "card":
                    Card(line, io);
                    return true;
                case "fault":
                    Fault(line, io);
                    return true;
                case "clear":
                    if (Exact(line, 1, io, "clear"))
                    {
                        _sim.World.ResetRcd();
                        _sim.World.UnweldRelay();
                        _sim.World.SetMeterDisconnected(false);
                        _sim.Charger.ClearFaults();
                        io.WriteLine("ok: injected faults removed, latched faults reset where their cause is gone");
                    }

                    return true;
                case "time":
                    Time(line, io);
                    return true;
                case "quit":
                case "exit":
                    if (Exact(line, 1, io, line.Command))
                    {
                        _sim.QuitRequested = true;
                        io.WriteLine("bye");
                    }

                    return true;
                default:
                    return false;
            }
        }

        private void Plug(CommandLine line, IConsoleIo io)
        {
            int amps = 32;
            if (line.Count > 2 || (line.Count == 2 && (!Text.TryParseInt(line.Word(1), out amps) || (amps != 13 && amps != 20 && amps != 32 && amps != 63))))
            {
                io.WriteLine("error: usage: plug [13|20|32|63] (cable rating in A)");
                return;
            }

            if (_sim.World.Ev.IsPlugged)
            {
                io.WriteLine("error: the EV is already plugged in");
                return;
            }

            _sim.World.Plug(amps);
            io.WriteLine("ok: EV plugged in (" + amps.ToString() + " A cable)");
        }

        private void Ev(CommandLine line, IConsoleIo io)
        {
            string sub = line.Lower(1);
            if ((sub == "charge" || sub == "pause") && line.Count == 2)
            {
                if (!_sim.World.Ev.IsPlugged)
                {
                    io.WriteLine("error: no EV plugged in (use 'plug' first)");
                    return;
                }

                if (sub == "charge")
                {
                    _sim.World.EvRequestCharge();
                    io.WriteLine("ok: EV requests charge");
                }
                else
                {
                    _sim.World.EvPause();
                    io.WriteLine("ok: EV paused");
                }

                return;
            }

            if (sub == "power" && line.Count == 3)
            {
                if (!Text.TryParseDecimal(line.Word(2), out double kw) || kw < 0.1 || kw > 50)
                {
                    io.WriteLine("error: ev power: expected a number of kW 0.1..50 (e.g. 7.4)");
                    return;
                }

                _sim.World.SetEvPowerKw(kw);
                io.WriteLine("ok: EV power " + Text.Fixed(kw, 1) + " kW");
                return;
            }

            io.WriteLine("error: usage: ev charge | ev pause | ev power <kW>");
        }

        private void Card(CommandLine line, IConsoleIo io)
        {
            string idTag = line.Word(1);
            if (line.Count != 2 || idTag.Length > 20 || !Text.IsPrintableAscii(idTag, false))
            {
                io.WriteLine("error: usage: card <idTag> (1-20 printable characters, no spaces)");
                return;
            }

            string? refused = _sim.Charger.PresentCard(idTag);
            io.WriteLine(refused == null ? "ok: card " + idTag + " presented" : "error: " + refused);
        }

        private void Fault(CommandLine line, IConsoleIo io)
        {
            if (line.Count != 2)
            {
                io.WriteLine("error: usage: fault rcd|weld|meter");
                return;
            }

            switch (line.Lower(1))
            {
                case "rcd":
                    _sim.World.TripRcd();
                    io.WriteLine("ok: RCD tripped");
                    return;
                case "weld":
                    _sim.World.WeldRelay();
                    io.WriteLine("ok: relay contacts welded");
                    return;
                case "meter":
                    _sim.World.SetMeterDisconnected(true);
                    io.WriteLine("ok: meter IC disconnected from SPI");
                    return;
                default:
                    io.WriteLine("error: usage: fault rcd|weld|meter");
                    return;
            }
        }

        private void Time(CommandLine line, IConsoleIo io)
        {
            string w = line.Lower(1);
            if (line.Count == 1)
            {
                io.WriteLine("time x" + _sim.Speed.ToString());
                return;
            }

            if (line.Count != 2 || w.Length < 2 || w[0] != 'x' || !Text.TryParseInt(w.Substring(1), out int n) || n < 1 || n > MaxSpeed)
            {
                io.WriteLine("error: usage: time x<N> with N 1.." + MaxSpeed.ToString() + " (e.g. time x60)");
                return;
            }

            _sim.Speed = n;
            io.WriteLine("ok: time x" + n.ToString());
        }

        private static bool Exact(CommandLine line, int count, IConsoleIo io, string usage)
        {
            if (line.Count == count)
            {
                return true;
            }

            io.WriteLine("error: usage: " + usage);
            return false;
        }
    }
}
