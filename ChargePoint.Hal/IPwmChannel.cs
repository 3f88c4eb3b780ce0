namespace ChargePoint.Hal
{
    /// <summary>
    /// A PWM output, created at the control pilot's frequency (<see cref="Drivers.ControlPilot.FrequencyHz"/>).
    /// <see cref="DutyCycle"/> is the fraction of the period the pin is high (0.0 … 1.0); the first write starts the
    /// channel (before it the pin is held low). On the CP front end high = +12 V and low = −12 V. No Stop: the drivers
    /// never stop the pilot, they drive steady levels (duty 1.0 or 0.0).
    /// </summary>
    public interface IPwmChannel
    {
        /// <summary>High fraction of the period, 0.0 … 1.0; write-only (the control pilot keeps what it applied).</summary>
        double DutyCycle { set; }
    }
}
