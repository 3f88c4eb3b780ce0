namespace ChargePoint.Hal
{
    /// <summary>A digital input (relay feedback, RCD trip). <see cref="Value"/> is the logical level: adapters apply active-low inversion.</summary>
    public interface IDigitalInput
    {
        bool Value { get; }

        /// <summary>
        /// The contactor told when the level changes (null: none; setting another replaces it), from the platform's
        /// pin-change path without waiting for the main loop: the ESP32 adapter forwards GpioPin.ValueChanged (GPIO
        /// interrupt, dispatched on nanoFramework's event thread), the simulated pins call it synchronously inside the setter.
        /// The safety interlock (<see cref="Drivers.Contactor.InputChanged"/>) is the one listener: the contactor itself,
        /// not an interface with one implementation (fewer rows in the .pe).
        /// </summary>
        Drivers.Contactor Listener { set; }
    }
}
