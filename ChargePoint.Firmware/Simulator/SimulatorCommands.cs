using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Console
{
    /// <summary>A group of console commands the simulator adds to the technician set (host only; see Simulation.Commands).</summary>
    public interface IConsoleCommands
    {
        /// <summary>Runs the command if it belongs to this group; false when the command word is not one of ours.</summary>
        bool Execute(CommandLine line, IConsoleIo io);

        void WriteHelp(IConsoleIo io);
    }
}

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
            io.WriteLine("simulator (<n> = connector, default 1):");
            io.WriteLine("  plug [<n>] [13|20|32|63]     connect the EV (cable rating in A, default 32)");
            io.WriteLine("  unplug [<n>]                 disconnect the EV");
            io.WriteLine("  ev [<n>] charge|pause        the EV requests energy (state C) or pauses (state B)");
            io.WriteLine("  ev [<n>] power <kW>          power the EV draws when allowed (0.1..50)");
            io.WriteLine("  card [<n>] <idTag>           present an RFID card (1-20 characters)");
            io.WriteLine("  fault [<n>] rcd|weld|meter   inject a fault");
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
                    Unplug(line, io);
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
                        for (int c = 1; c <= _sim.World.ConnectorCount; c++)
                        {
                            _sim.World.Connector(c).ResetRcd();
                            _sim.World.Connector(c).UnweldRelay();
                            _sim.World.Connector(c).SetMeterDisconnected(false);
                        }

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
            int arg = 1;
            int c = ConnectorArg(line, ref arg, line.Count == 3 || (line.Count == 2 && IsConnector(line.Word(1))));
            if (c < 0 || line.Count > arg + 1 || (line.Count == arg + 1 && (!ChargePoint.Ocpp.ConfigurationStore.TryParseInt(line.Word(arg), out amps) || (amps != 13 && amps != 20 && amps != 32 && amps != 63))))
            {
                io.WriteLine("error: usage: plug [<connector>] [13|20|32|63] (connector 1.." + _sim.World.ConnectorCount.ToString() + ", cable rating in A)");
                return;
            }

            if (_sim.World.Connector(c).Ev.IsPlugged)
            {
                io.WriteLine("error: the EV is already plugged in" + On(c));
                return;
            }

            _sim.World.Connector(c).Plug(amps);
            io.WriteLine("ok: EV plugged in" + On(c) + " (" + amps.ToString() + " A cable)");
        }

        private void Unplug(CommandLine line, IConsoleIo io)
        {
            int arg = 1;
            int c = ConnectorArg(line, ref arg, line.Count == 2);
            if (c < 0 || line.Count != arg)
            {
                io.WriteLine("error: usage: unplug [<connector>]");
                return;
            }

            if (!_sim.World.Connector(c).Ev.IsPlugged)
            {
                io.WriteLine("error: not plugged: no EV to unplug" + On(c));
                return;
            }

            _sim.World.Connector(c).Unplug();
            io.WriteLine("ok: EV unplugged" + On(c));
        }

        private void Ev(CommandLine line, IConsoleIo io)
        {
            int arg = 1;
            int c = ConnectorArg(line, ref arg, IsConnector(line.Word(1)));
            string sub = line.Lower(arg);
            var world = c < 0 ? null : _sim.World.Connector(c);
            if (world != null && (sub == "charge" || sub == "pause") && line.Count == arg + 1)
            {
                if (!world.Ev.IsPlugged)
                {
                    io.WriteLine("error: no EV plugged in" + On(c) + " (use 'plug' first)");
                    return;
                }

                if (sub == "charge")
                {
                    world.EvRequestCharge();
                    io.WriteLine("ok: EV requests charge" + On(c));
                }
                else
                {
                    world.EvPause();
                    io.WriteLine("ok: EV paused" + On(c));
                }

                return;
            }

            if (world != null && sub == "power" && line.Count == arg + 2)
            {
                if (!TryParseDecimal(line.Word(arg + 1), out double kw) || kw < 0.1 || kw > 50)
                {
                    io.WriteLine("error: ev power: expected a number of kW 0.1..50 (e.g. 7.4)");
                    return;
                }

                world.SetEvPowerKw(kw);
                io.WriteLine("ok: EV power " + Charger.Fixed(kw, 1) + " kW" + On(c));
                return;
            }

            io.WriteLine("error: usage: ev [<connector>] charge | pause | power <kW>");
        }

        private void Card(CommandLine line, IConsoleIo io)
        {
            int arg = 1;
            int c = ConnectorArg(line, ref arg, line.Count == 3);
            string idTag = line.Word(arg);
            if (c < 0 || line.Count != arg + 1 || idTag.Length > 20 || !ChargerExtensions.IsPrintableAscii(idTag))
            {
                io.WriteLine("error: usage: card [<connector>] <idTag> (1-20 printable characters, no spaces)");
                return;
            }

            string? refused = _sim.Charger.PresentCard(c, idTag);
            io.WriteLine(refused == null ? "ok: card " + idTag + " presented" + On(c) : "error: " + refused);
        }

        private void Fault(CommandLine line, IConsoleIo io)
        {
            int arg = 1;
            int c = ConnectorArg(line, ref arg, line.Count == 3);
            if (c < 0 || line.Count != arg + 1)
            {
                io.WriteLine("error: usage: fault [<connector>] rcd|weld|meter");
                return;
            }

            var world = _sim.World.Connector(c);
            switch (line.Lower(arg))
            {
                case "rcd":
                    world.TripRcd();
                    io.WriteLine("ok: RCD tripped" + On(c));
                    return;
                case "weld":
                    world.WeldRelay();
                    io.WriteLine("ok: relay contacts welded" + On(c));
                    return;
                case "meter":
                    world.SetMeterDisconnected(true);
                    io.WriteLine("ok: meter IC disconnected from SPI" + On(c));
                    return;
                default:
                    io.WriteLine("error: usage: fault [<connector>] rcd|weld|meter");
                    return;
            }
        }

        /// <summary>
        /// The connector named at word <paramref name="arg"/> when <paramref name="present"/> (then arg moves past it),
        /// else connector 1; -1 when the word is not a connector of this board.
        /// </summary>
        private int ConnectorArg(CommandLine line, ref int arg, bool present)
        {
            if (!present)
            {
                return 1;
            }

            string word = line.Word(arg);
            arg++;
            return IsConnector(word) ? int.Parse(word) : -1;
        }

        private bool IsConnector(string word)
        {
            return ChargePoint.Ocpp.ConfigurationStore.TryParseInt(word, out int c) && c >= 1 && c <= _sim.World.ConnectorCount;
        }

        /// <summary>" on connector 2" on a multi-connector board, else nothing (the one-connector texts stay as they were).</summary>
        private string On(int connectorId)
        {
            return _sim.World.ConnectorCount > 1 ? " on connector " + connectorId.ToString() : string.Empty;
        }

        private void Time(CommandLine line, IConsoleIo io)
        {
            string w = line.Lower(1);
            if (line.Count == 1)
            {
                io.WriteLine("time x" + _sim.Speed.ToString());
                return;
            }

            if (line.Count != 2 || w.Length < 2 || w[0] != 'x' || !ChargePoint.Ocpp.ConfigurationStore.TryParseInt(w.Substring(1), out int n) || n < 1 || n > MaxSpeed)
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

        /// <summary>Parses a plain decimal number (digits, one optional '.', optional leading '-'): no exponent, no spaces.</summary>
        public static bool TryParseDecimal(string? s, out double value)
        {
            value = 0;
            if (s == null || s.Length == 0 || s.Length > 24)
            {
                return false;
            }

            int i = 0;
            bool negative = false;
            if (s[0] == '-')
            {
                negative = true;
                i = 1;
            }

            bool digits = false;
            bool dot = false;
            double acc = 0;
            double scale = 1;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '.')
                {
                    if (dot)
                    {
                        return false;
                    }

                    dot = true;
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    return false;
                }

                digits = true;
                if (dot)
                {
                    scale /= 10;
                    acc += (c - '0') * scale;
                }
                else
                {
                    acc = (acc * 10) + (c - '0');
                }
            }

            if (!digits)
            {
                return false;
            }

            value = negative ? -acc : acc;
            return true;
        }
    }
}
