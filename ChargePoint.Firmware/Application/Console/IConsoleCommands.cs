// The simulator's command groups (IConsoleCommands) are declared in the simulator: the charger hands the lines it does
// not run to Charger.MoreCommands, a delegate, so the device image carries no interface for them. This file stays
// only because the project lists name it.
