namespace ChargePoint.Hal
{
    /// <summary>A digital input (relay feedback, RCD trip). <see cref="Value"/> is the logical level: adapters apply active-low inversion.</summary>
    public interface IDigitalInput
    {
        bool Value { get; }

        /// <summary>
        /// The one listener told when the level changes (null: none; setting another replaces it), from the platform's
        /// pin-change path without waiting for the main loop: the ESP32 adapter forwards GpioPin.ValueChanged (GPIO
        /// interrupt, dispatched on nanoFramework's event thread), the simulated pins call it synchronously inside the setter.
        /// </summary>
        IInputListener Listener { set; }
    }
}
