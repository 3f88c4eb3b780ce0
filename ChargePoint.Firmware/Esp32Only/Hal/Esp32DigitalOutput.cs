using System.Device.Gpio;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>GPIO output; <see cref="Value"/> is logical (active-low pins are inverted here).</summary>
    public sealed class Esp32DigitalOutput : IDigitalOutput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeHigh;

        public Esp32DigitalOutput(GpioController gpio, int pinNumber, bool activeHigh)
        {
            _activeHigh = activeHigh;
            _pin = gpio.OpenPin(pinNumber, PinMode.Output);
            Value = false;
        }

        public bool Value
        {
            set { _pin.Write(value == _activeHigh ? PinValue.High : PinValue.Low); }
        }
    }
}
