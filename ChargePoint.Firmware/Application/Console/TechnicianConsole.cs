using System;
using System.Collections;

namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// Line-based console. Each tick it takes at most a few waiting lines (the main loop keeps its pace) and
    /// hands each to the command groups in order. Anything unrecognised, too long or failing gets exactly
    /// one "error: ..." line; a command never leaves the charger half-changed (groups validate first).
    /// </summary>
    public sealed class TechnicianConsole
    {
        public const int MaxLineLength = 200;
        public const int LinesPerTick = 4;

        private readonly IConsoleIo _io;
        private readonly ArrayList _groups = new ArrayList();

        public TechnicianConsole(IConsoleIo io)
        {
            _io = io;
        }

        public void Add(IConsoleCommands group)
        {
            _groups.Add(group);
        }

        /// <summary>Runs the waiting lines (up to <see cref="LinesPerTick"/>).</summary>
        public void Poll()
        {
            for (int i = 0; i < LinesPerTick; i++)
            {
                string line = _io.ReadLine();
                if (line == null)
                {
                    return;
                }

                Execute(line);
            }
        }

        /// <summary>Runs one line.</summary>
        public void Execute(string text)
        {
            if (text.Length > MaxLineLength || text == SerialConsole.TooLong)
            {
                _io.WriteLine("error: line too long (at most " + MaxLineLength.ToString() + " characters)");
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < ' ' && text[i] != '\t')
                {
                    _io.WriteLine("error: control characters not allowed");
                    return;
                }
            }

            var line = new CommandLine(text);
            if (line.Count == 0 || line.Command.StartsWith("#"))
            {
                return;
            }

            if (line.Command == "help" || line.Command == "?")
            {
                _io.WriteLine("commands:");
                ChargePoint.Firmware.App.Text.WriteHelp(_io, "help\tthis list", null);
                for (int i = 0; i < _groups.Count; i++)
                {
                    ((IConsoleCommands)_groups[i]).WriteHelp(_io);
                }

                return;
            }

            try
            {
                for (int i = 0; i < _groups.Count; i++)
                {
                    if (((IConsoleCommands)_groups[i]).Execute(line, _io))
                    {
                        return;
                    }
                }
            }
            catch (Exception e)
            {
                _io.WriteLine("error: " + line.Command + " failed: " + e.Message);
                return;
            }

            string word = line.Word(0);
            _io.WriteLine("error: unknown command '" + (word.Length > 24 ? word.Substring(0, 24) + "..." : word) + "'; type 'help' for the list");
        }
    }
}
