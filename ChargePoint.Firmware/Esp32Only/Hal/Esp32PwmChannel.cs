using System.Device.Pwm;
using ChargePoint.Hal;
using nanoFramework.Hardware.Esp32;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>LEDC PWM on one pin. PwmChannel.DutyCycle is a 0.0–1.0 fraction like the HAL's.</summary>
    public sealed class Esp32PwmChannel : IPwmChannel
    {
        private readonly PwmChannel _channel;
        private bool _running;

        /// <param name="function">The PWM function to route to the pin (DeviceFunction.PWM1 … PWM16).</param>
        public Esp32PwmChannel(int pinNumber, DeviceFunction function, int frequencyHz, double dutyCycle)
        {
            Configuration.SetPinFunction(pinNumber, function);
            _channel = PwmChannel.CreateFromPin(pinNumber, frequencyHz, dutyCycle);
        }

        public int FrequencyHz
        {
            set { _channel.Frequency = value; }
        }

        public double DutyCycle
        {
            set { _channel.DutyCycle = value; }
        }

        public bool IsRunning => _running;

        public void Start()
        {
            _channel.Start();
            _running = true;
        }
    }
}
