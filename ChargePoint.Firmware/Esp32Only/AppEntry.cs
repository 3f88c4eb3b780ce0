// moved to Esp32Only/Program.cs (Program.Start(slot, version) is the slot entry, as HostProgram.Start is on the host)
