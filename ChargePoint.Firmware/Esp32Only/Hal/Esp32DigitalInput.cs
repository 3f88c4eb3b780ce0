using System.Device.Gpio;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// GPIO input; <see cref="Value"/> is logical. GPIO 34–39 have no internal pulls: fit external resistors.
    /// <see cref="Changed"/> comes from the pin's interrupt (GpioPin.ValueChanged), so the safety interlock reacts
    /// without waiting for the main loop.
    /// </summary>
    public sealed class Esp32DigitalInput : IDigitalInput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeHigh;

        public Esp32DigitalInput(GpioController gpio, int pinNumber, bool activeHigh, PinMode mode)
        {
            _activeHigh = activeHigh;
            _pin = gpio.OpenPin(pinNumber, mode);
            _pin.ValueChanged += OnValueChanged;
        }

        public event DigitalInputChangedHandler Changed;

        public bool Value
        {
            get { return (_pin.Read() == PinValue.High) == _activeHigh; }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            DigitalInputChangedHandler changed = Changed;
            if (changed != null)
            {
                changed(Value); // the level now, not the edge: a bounce may already have reversed it
            }
        }
    }
}
