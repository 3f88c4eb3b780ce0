using System.Device.Gpio;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>GPIO input; <see cref="Value"/> is logical. GPIO 34–39 have no internal pulls: fit external resistors.</summary>
    public sealed class Esp32DigitalInput : IDigitalInput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeHigh;

        public Esp32DigitalInput(GpioController gpio, int pinNumber, bool activeHigh, PinMode mode)
        {
            _activeHigh = activeHigh;
            _pin = gpio.OpenPin(pinNumber, mode);
        }

        public bool Value
        {
            get { return (_pin.Read() == PinValue.High) == _activeHigh; }
        }
    }
}
