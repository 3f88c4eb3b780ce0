using System;
using System.Collections;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Drivers;
using static ChargePoint.Hal.Boards.BoardDefinition;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// A whole simulated charger: clock, storage, CP/PP front end, EV, contactor, RCD, ATM90E32 and LEDs, wired
    /// like the board in <see cref="Definition"/>. <see cref="Ports"/> is the HAL view the firmware is built on.
    /// <see cref="AdvanceMs"/> moves time in steps (default 10 ms): physics first (relay, EV, meter), then every
    /// attached <see cref="TickHandler"/> (the firmware's loop). A firmware reboot = detach, build a new controller
    /// on the same board (the storage and the physical world persist).
    /// </summary>
    public sealed class SimulatedBoard
    {
        private readonly ArrayList _tickables = new ArrayList();
        private readonly SimulatedBoard[] _more;

        public SimulatedBoard()
            : this(new SimulatedStorage(), new SimulatedClock(), BoardCatalog.Default, 1)
        {
        }

        public SimulatedBoard(SimulatedStorage storage, SimulatedClock clock, string boardId, uint seed)
            : this(storage, clock, Lookup(boardId), seed)
        {
        }

        /// <summary>One connector's world (connector 1 is the board itself; connectors 2..N are built by it).</summary>
        private SimulatedBoard(SimulatedStorage storage, SimulatedClock clock, BoardDefinition definition, uint seed)
        {
            Definition = definition;
            Storage = storage;
            Clock = clock;
            Noise = new NoiseSource(seed);
            Ev = new SimulatedEv();
            Pwm = new SimulatedPwmChannel();
            CpAdc = new SimulatedCpAdc(Pwm, Ev, clock, Noise);
            PpAdc = new SimulatedPpAdc();
            Relay = new SimulatedRelay(clock);
            Rcd = new SimulatedRcd();
            Meter = new SimulatedAtm90e32();
            LedPower = new SimulatedDigitalOutput();
            LedCharging = new SimulatedDigitalOutput();
            LedFault = new SimulatedDigitalOutput();
            Serial = new SimulatedSerialLine();

            Ports = new HardwarePorts(definition, clock, storage);
            Ports.Relay = Relay;
            Ports.RelayFeedback = Relay.Feedback;
            Ports.CpPwm = Pwm;
            Ports.CpAdc = CpAdc;
            Ports.PpAdc = definition.Pins[BoardDefinition.FixedCableAmps] > 0 ? null : PpAdc;
            Ports.RcdTrip = Rcd.TripOutput;
            Ports.MeterSpi = Meter;
            Ports.LedPower = LedPower;
            Ports.LedCharging = LedCharging;
            Ports.LedFault = LedFault;
            if (definition.Pins[LedPowerPin] < 0)
            {
                Ports.LedPower = null;
            }

            _more = new SimulatedBoard[definition.MoreConnectors.Length];
            var morePorts = new HardwarePorts[_more.Length];
            for (int i = 0; i < _more.Length; i++)
            {
                _more[i] = new SimulatedBoard(storage, clock, definition.MoreConnectors[i], seed + (uint)i + 1);
                morePorts[i] = _more[i].Ports;
            }

            Ports.MoreConnectors = morePorts;
        }

        private static BoardDefinition Lookup(string boardId)
        {
            var definition = BoardCatalog.Find(boardId);
            if (definition == null)
            {
                throw new ArgumentException("unknown board " + boardId, nameof(boardId));
            }

            return definition;
        }

        public int ConnectorCount
        {
            get { return 1 + _more.Length; }
        }

        /// <summary>The world of connector 1..N (its EV, pilot, relay, RCD and meter IC); 1 is this board.</summary>
        public SimulatedBoard Connector(int connectorId)
        {
            return connectorId == 1 ? this : _more[connectorId - 2];
        }

        public BoardDefinition Definition { get; }

        public HardwarePorts Ports { get; }

        public SimulatedClock Clock { get; }

        public SimulatedStorage Storage { get; }

        public NoiseSource Noise { get; }

        public SimulatedEv Ev { get; }

        public SimulatedPwmChannel Pwm { get; }

        public SimulatedCpAdc CpAdc { get; }

        public SimulatedPpAdc PpAdc { get; }

        public SimulatedRelay Relay { get; }

        public SimulatedRcd Rcd { get; }

        public SimulatedAtm90e32 Meter { get; }

        public SimulatedDigitalOutput LedPower { get; }

        public SimulatedDigitalOutput LedCharging { get; }

        public SimulatedDigitalOutput LedFault { get; }

        public SimulatedSerialLine Serial { get; }

        /// <summary>Simulation step (ms): the firmware is ticked once per step.</summary>
        public int StepMs { get; set; } = 10;

        /// <summary>Line-to-neutral voltage on each phase.</summary>
        public double GridVolts { get; set; } = 230.0;

        public long NowMs
        {
            get { return Clock.NowMs; }
        }

        /// <summary>Builds the IEC 61851 controller (CP, contactor, meter, faults) on this board's ports and attaches it.</summary>
        public EvseController CreateController(EvseSettings settings)
        {
            var controller = new EvseController(Ports, settings);
            Attach(controller.Tick);
            return controller;
        }

        public EvseController CreateController()
        {
            return CreateController(new EvseSettings());
        }

        public void Attach(TickHandler tickable)
        {
            _tickables.Add(tickable);
        }

        public void DetachAll()
        {
            _tickables.Clear();
        }

        /// <summary>Moves simulated time forward, ticking the attached firmware every <see cref="StepMs"/>.</summary>
        public void AdvanceMs(long ms)
        {
            while (ms > 0)
            {
                long step = ms < StepMs ? ms : StepMs;
                ms -= step;
                Clock.AdvanceMs(step);
                UpdatePhysics(step);
                long now = Clock.NowMs;
                for (int i = 0; i < _tickables.Count; i++)
                {
                    ((TickHandler)_tickables[i]!)(now);
                }
            }
        }

        /// <summary>
        /// Moves simulated time forward with the firmware's loop stalled (a long frame parse or flash write): the
        /// physics (relay, EV, meter) runs, no attached tickable is ticked. Pin-change events still fire.
        /// </summary>
        public void StallFirmwareMs(long ms)
        {
            while (ms > 0)
            {
                long step = ms < StepMs ? ms : StepMs;
                ms -= step;
                Clock.AdvanceMs(step);
                UpdatePhysics(step);
            }
        }

        /// <summary>Advances until the condition holds or the time runs out; returns the elapsed ms, or -1 on timeout.</summary>
        public long AdvanceUntil(BoardCondition condition, long maxMs)
        {
            long start = Clock.NowMs;
            while (!condition())
            {
                if (Clock.NowMs - start >= maxMs)
                {
                    return -1;
                }

                AdvanceMs(StepMs);
            }

            return Clock.NowMs - start;
        }

        // ---- the world ----

        /// <summary>Plugs an EV with a cable of this rating (13/20/32/63 A; other values: broken PP). EV goes to B.</summary>
        public void Plug(int cableAmps)
        {
            PpAdc.CableOhms = SimulatedPpAdc.NominalOhmsFor(cableAmps);
            Ev.Plug();
        }

        public void Plug()
        {
            Plug(32);
        }

        public void Unplug()
        {
            Ev.Unplug();
            PpAdc.CableOhms = double.PositiveInfinity;
        }

        /// <summary>The EV wants to charge: goes to C once the PWM offers current.</summary>
        public void EvRequestCharge()
        {
            Ev.RequestCharge();
        }

        /// <summary>The EV suspends: back to B (SuspendedEV).</summary>
        public void EvPause()
        {
            Ev.Pause();
        }

        /// <summary>Power the EV takes when allowed (kW over all its phases).</summary>
        public void SetEvPowerKw(double kw)
        {
            Ev.MaxPowerKw = kw;
        }

        public void SetEvPhases(int phases)
        {
            Ev.Phases = phases;
        }

        public void TripRcd()
        {
            Rcd.Trip(Clock.NowMs);
        }

        public void ResetRcd()
        {
            Rcd.Reset();
        }

        public void WeldRelay()
        {
            Relay.Weld();
        }

        public void UnweldRelay()
        {
            Relay.Unweld();
        }

        /// <summary>The meter IC loses its configuration (brown-out).</summary>
        public void ResetMeterChip()
        {
            Meter.ResetChip();
        }

        public void SetMeterDisconnected(bool disconnected)
        {
            Meter.Disconnected = disconnected;
        }

        public void CorruptMeterReads(int frames)
        {
            Meter.CorruptNextReads(frames);
        }

        /// <summary>Temperature inside the enclosure (read through the meter IC's sensor).</summary>
        public void SetTemperatureCelsius(double celsius)
        {
            Meter.TemperatureCelsius = celsius;
        }

        public void ShortCpToPe(bool shorted)
        {
            CpAdc.ShortedToPe = shorted;
        }

        public void ShortEvDiode(bool shorted)
        {
            Ev.DiodeShorted = shorted;
        }

        /// <summary>CP measurement noise at the ADC pin: uniform ± mV plus spikes with a probability per conversion.</summary>
        public void SetCpNoise(double millivolts, double spikeProbability)
        {
            CpAdc.NoiseMillivolts = millivolts;
            CpAdc.SpikeProbability = spikeProbability;
        }

        private void UpdatePhysics(long stepMs)
        {
            long now = Clock.NowMs;
            Relay.Update(now);
            Ev.Update(now, Pwm.EffectiveDutyPercent, Relay.ContactsClosed, GridVolts);
            for (int p = 0; p < 3; p++)
            {
                double amps = p < Ev.Phases ? Ev.AmpsPerPhase : 0.0;
                Meter.SetPhase(p, GridVolts, amps, Ev.PowerFactor);
            }

            Meter.Advance(stepMs);
            for (int i = 0; i < _more.Length; i++)
            {
                _more[i].GridVolts = GridVolts;
                _more[i].UpdatePhysics(stepMs);
            }
        }
    }
}
