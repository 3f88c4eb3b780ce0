using ChargePoint.Hal.Metering;

namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// The IEC 61851 side of one connector: control pilot, contactor, meter and fault monitor, advanced in
    /// <see cref="Tick"/>. The application (OCPP) only says how much current may be offered and whether the
    /// connector is available; this class enforces the timing rules:
    /// <list type="bullet">
    /// <item>closes in the tick that sees C (or D with ventilation) while the PWM offers current, no fault — well within 3 s;</item>
    /// <item>opens in the tick that sees B, A, E, F, an invalid level, a diode fault, an RCD trip or any fault
    /// (≤ debounce + one tick, i.e. about 30 ms at a 10 ms tick; the limit is 100 ms);</item>
    /// <item>an RCD trip or a feedback-contact fault opens at once from the pin-change path (the contactor's interlock),
    /// however long a loop pass takes; the tick then latches and reports it;</item>
    /// <item>after the PWM stops (current limit below 6 A) an EV still in C is disconnected under load after 6 s;</item>
    /// <item>any fault stops the PWM (steady +12 V); unavailable drives −12 V (state F).</item>
    /// </list>
    /// </summary>
    public sealed class EvseController
    {
        private readonly HardwarePorts _ports;
        private double _limitAmps;
        private long _pwmStoppedAtMs = -1;

        public EvseController(HardwarePorts ports, EvseSettings settings)
        {
            var pwm = ports.CpPwm;
            var cpAdc = ports.CpAdc;
            var relay = ports.Relay;
            if (pwm == null || cpAdc == null || relay == null)
            {
                throw new System.ArgumentException("needs CP PWM, CP ADC, relay", nameof(ports));
            }

            Pilot = new ControlPilot(pwm, cpAdc, ports.PpAdc, ports.Board);
            Contactor = new Contactor(relay, ports.RelayFeedback, ports.RcdTrip, ports.Clock);
            Faults = new FaultMonitor(ports.RcdTrip, settings, Contactor, ports.Storage);
            Meter = ports.MeterSpi == null ? null : new Atm90e32(ports.MeterSpi, ports.Storage, settings);
            _ports = ports; // its LEDs
        }

        public readonly ControlPilot Pilot;

        public readonly Contactor Contactor;

        public readonly FaultMonitor Faults;

        /// <summary>The energy meter, or null when the board has none.</summary>
        public readonly Atm90e32 Meter;

        /// <summary>An EV is plugged in (B, C or D).</summary>
        public bool IsEvConnected
        {
            get
            {
                var s = Pilot.State;
                return s == PilotState.B || s == PilotState.C || s == PilotState.D;
            }
        }

        /// <summary>
        /// Current the application allows (amps); below 6 A or NaN stops the PWM (the EV must stop): the pilot makes NaN
        /// 0 (<see cref="ControlPilot.SetOfferedCurrent"/>). What is offered after the cable cap: Pilot.OfferedAmps; the
        /// state: Pilot.State; the faults: Faults.Active (the parts' own members, no forwarding properties here).
        /// </summary>
        public void SetCurrentLimit(double amps)
        {
            _limitAmps = amps;
        }

        /// <summary>False drives state F (−12 V) and opens the contactor, from the next <see cref="Tick"/> (a field: no method in the .pe).</summary>
        public bool Available = true;

        /// <summary>Operator/remote reset of latched faults whose cause has gone.</summary>
        public void ClearLatchedFaults()
        {
            Contactor.ClearFaults();
            Faults.ClearLatched(Contactor.Welded, Pilot.State);
        }

        /// <summary>The firmware is being rebuilt on the same hardware (reboot in simulation): stop listening to the pins.</summary>
        public void Shutdown()
        {
            Contactor.Listen(null);
        }

        public void Tick(long nowMs)
        {
            ControlPilot pilot = Pilot; // fields cached in locals
            Contactor contactor = Contactor;
            FaultMonitor faults = Faults;
            pilot.Tick(nowMs);
            Atm90e32 m = Meter;
            if (m != null)
            {
                m.Tick(nowMs);
            }

            contactor.Tick(nowMs);
            var s = pilot.State;
            var seen = HalFaults.None;
            if (contactor.Welded)
            {
                seen |= HalFaults.ContactorWelded;
            }

            if (contactor.FailedToClose)
            {
                seen |= HalFaults.ContactorFailedToClose;
            }

            if (m != null && m.Status == MeterStatus.Failed)
            {
                seen |= HalFaults.MeterFailure;
            }

            if (pilot.CableMaxAmps == 0 && IsEvConnected)
            {
                seen |= HalFaults.ProximityFault; // EV connected but PP out of range (socket boards)
            }

            bool running = m != null && m.Status == MeterStatus.Running;
            faults.Tick(nowMs, s, pilot.OfferedAmps, running ? m.MaxAmps : 0, running ? m.TemperatureCelsius : double.NaN, seen);

            bool faulted = faults.Active != HalFaults.None;
            pilot.StateF = !Available;
            pilot.SetOfferedCurrent(faulted ? 0 : _limitAmps); // applies StateF too
            bool pwm = pilot.IsPwmOn;
            if (pwm)
            {
                _pwmStoppedAtMs = -1;
            }
            else if (_pwmStoppedAtMs < 0)
            {
                _pwmStoppedAtMs = nowMs;
            }

            // D asks for ventilation, which no board has (EvseSettings.VentilationAvailable is false): only C closes.
            bool evRequests = s == PilotState.C;
            // Open on a fault, unavailable or no request; close while the PWM offers current; an EV still in C without
            // PWM must stop drawing: disconnected under load after the grace time. Otherwise unchanged.
            bool allowed = !faulted && Available && evRequests;
            if (!allowed || pwm || (contactor.IsCommandedClosed && nowMs - _pwmStoppedAtMs >= EvseSettings.PwmStopToOpenMs))
            {
                contactor.Command(allowed && pwm, nowMs);
            }

            HardwarePorts p = _ports;
            if (p.LedPower != null)
            {
                p.LedPower.Value = Available;
            }

            if (p.LedCharging != null)
            {
                p.LedCharging.Value = contactor.IsCommandedClosed;
            }

            if (p.LedFault != null)
            {
                p.LedFault.Value = faulted;
            }
        }
    }
}
