// moved to ControlPilot.Duty.cs (ControlPilot.OrZero and ControlPilot.Min: the currents that decide what is offered)
