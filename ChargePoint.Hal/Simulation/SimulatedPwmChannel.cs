namespace ChargePoint.Hal.Simulation
{
    /// <summary>A PWM output whose waveform the simulated CP line and EV read back.</summary>
    public sealed class SimulatedPwmChannel : IPwmChannel
    {
        private double _duty;

        /// <summary>Created at the control pilot's frequency, like the ESP32 board's channel.</summary>
        public int FrequencyHz { get; set; } = ChargePoint.Hal.Drivers.ControlPilot.FrequencyHz;

        public double DutyCycle
        {
            get { return _duty; }
            set
            {
                if (value < 0.0 || value > 1.0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(value), "duty cycle is a fraction 0..1");
                }

                _duty = value;
                DutyWrites++;
                IsRunning = true; // the first write starts the channel
            }
        }

        public bool IsRunning { get; private set; }

        public int DutyWrites { get; private set; }

        /// <summary>Duty in percent as seen on the pin (a channel not started holds the pin low: 0 %).</summary>
        public double EffectiveDutyPercent
        {
            get { return IsRunning ? _duty * 100.0 : 0.0; }
        }

        /// <summary>Pin level at a time in microseconds.</summary>
        public bool IsHighAt(long timeUs)
        {
            if (!IsRunning || _duty <= 0.0)
            {
                return false;
            }

            if (_duty >= 1.0)
            {
                return true;
            }

            long period = 1000000L / (FrequencyHz <= 0 ? 1000 : FrequencyHz);
            return (timeUs % period) < _duty * period;
        }
    }
}
