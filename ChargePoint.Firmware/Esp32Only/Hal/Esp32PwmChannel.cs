using System.Device.Pwm;
using ChargePoint.Hal;
using ChargePoint.Hal.Drivers;
using nanoFramework.Hardware.Esp32;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>LEDC PWM on one pin. PwmChannel.DutyCycle is a 0.0–1.0 fraction like the HAL's.</summary>
    public sealed class Esp32PwmChannel : IPwmChannel
    {
        private readonly PwmChannel _channel;
        private bool _running;

        /// <param name="function">The PWM function to route to the pin (DeviceFunction.PWM1 … PWM16).</param>
        public Esp32PwmChannel(int pinNumber, DeviceFunction function)
        {
            Configuration.SetPinFunction(pinNumber, function);
            // At the pilot's frequency; steady +12 V (duty 1.0) until the control pilot driver decides otherwise.
            _channel = PwmChannel.CreateFromPin(pinNumber, ControlPilot.FrequencyHz, 1.0);
        }

        /// <summary>The first write starts the channel (the pin is held low before).</summary>
        public double DutyCycle
        {
            set
            {
                _channel.DutyCycle = value;
                if (!_running)
                {
                    _channel.Start();
                    _running = true;
                }
            }
        }
    }
}
