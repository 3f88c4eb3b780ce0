using System.Device.Gpio;
using ChargePoint.Hal;
using ChargePoint.Hal.Drivers;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// (A part of Esp32Port: the ESP32 pins, ADC, PWM, SPI and serial ports are one type in the .pe, each its own constructor.)
    /// <para/>
    /// A GPIO pin, input or output (one class for both: one type in the .pe); <see cref="Value"/> is logical
    /// (active-low pins are inverted here). An output is driven inactive when opened. GPIO 34–39 have no internal pulls:
    /// fit external resistors. An input calls its <see cref="Listener"/> from the pin's interrupt (GpioPin.ValueChanged),
    /// so the safety interlock reacts without waiting for the main loop.
    /// </summary>
    public sealed partial class Esp32Port : IDigitalInput, IDigitalOutput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeHigh;
        private Contactor _listener;

        /// <param name="mode">PinMode.Output for an output, else the input's mode.</param>
        public Esp32Port(GpioController gpio, int pinNumber, bool activeHigh, PinMode mode)
        {
            _activeHigh = activeHigh;
            _pin = gpio.OpenPin(pinNumber, mode);
            if (mode == PinMode.Output)
            {
                Value = false;
            }
            else
            {
                _pin.ValueChanged += OnValueChanged;
            }
        }

        public Contactor Listener
        {
            set { _listener = value; }
        }

        public bool Value
        {
            get { return (_pin.Read() == PinValue.High) == _activeHigh; }
            set { _pin.Write(value == _activeHigh ? PinValue.High : PinValue.Low); }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            Contactor listener = _listener;
            if (listener != null)
            {
                listener.InputChanged(this); // it reads the level now, not the edge: a bounce may already have reversed it
            }
        }
    }
}
