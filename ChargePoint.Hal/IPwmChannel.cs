namespace ChargePoint.Hal
{
    /// <summary>
    /// A PWM output. <see cref="DutyCycle"/> is the fraction of the period the pin is high (0.0 … 1.0).
    /// A channel not started holds the pin low. On the CP front end high = +12 V and low = −12 V. No Stop: the drivers
    /// never stop the pilot, they drive steady levels (duty 1.0 or 0.0).
    /// </summary>
    public interface IPwmChannel
    {
        // Write-only: the control pilot keeps what it applied.
        int FrequencyHz { set; }

        /// <summary>High fraction of the period, 0.0 … 1.0.</summary>
        double DutyCycle { set; }

        bool IsRunning { get; }

        void Start();
    }
}
