namespace ChargePoint.Hal
{
    /// <summary>A digital input (relay feedback, RCD trip). <see cref="Value"/> is the logical level: adapters apply active-low inversion.</summary>
    public interface IDigitalInput
    {
        bool Value { get; }

        /// <summary>
        /// Raised when the level changes, from the platform's pin-change path without waiting for the main loop: the
        /// ESP32 adapter forwards GpioPin.ValueChanged (GPIO interrupt, dispatched on nanoFramework's event thread),
        /// the simulated pins raise it synchronously inside the setter. Handlers must be short and thread-safe.
        /// </summary>
        event DigitalInputChangedHandler Changed;
    }
}
