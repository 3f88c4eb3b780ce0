using System.Device.Pwm;
using ChargePoint.Hal;
using ChargePoint.Hal.Drivers;
using nanoFramework.Hardware.Esp32;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// (A part of Esp32Port: the ESP32 pins, ADC, PWM, SPI and serial ports are one type in the .pe, each its own constructor.)
    /// <para/>LEDC PWM on one pin. PwmChannel.DutyCycle is a 0.0–1.0 fraction like the HAL's.</summary>
    public sealed partial class Esp32Port : IPwmChannel
    {
        private readonly PwmChannel _pwm;
        private bool _running;

        /// <param name="function">The PWM function to route to the pin (DeviceFunction.PWM1 … PWM16).</param>
        public Esp32Port(int pinNumber, DeviceFunction function)
        {
            Configuration.SetPinFunction(pinNumber, function);
            // At the pilot's frequency; steady +12 V (duty 1.0) until the control pilot driver decides otherwise.
            _pwm = PwmChannel.CreateFromPin(pinNumber, ControlPilot.FrequencyHz, 1.0);
        }

        /// <summary>The first write starts the channel (the pin is held low before).</summary>
        public double DutyCycle
        {
            set
            {
                _pwm.DutyCycle = value;
                if (!_running)
                {
                    _pwm.Start();
                    _running = true;
                }
            }
        }
    }
}
