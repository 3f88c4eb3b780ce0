using System.Device.Adc;
using System.Device.Gpio;
using System.Device.Spi;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using nanoFramework.Hardware.Esp32;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>Builds the HAL ports of a board definition from the nanoFramework ESP32 APIs.</summary>
    public static class Esp32Board
    {
        public static HardwarePorts Create(BoardDefinition board, IStorage storage)
        {
            var clock = new Esp32Clock();
            var ports = new HardwarePorts(board, clock, clock, storage);
            var gpio = new GpioController();
            var adc = new AdcController();

            ports.Relay = new Esp32DigitalOutput(gpio, board.RelayPin, board.RelayActiveHigh);
            if (board.RelayFeedbackPin >= 0)
            {
                ports.RelayFeedback = new Esp32DigitalInput(gpio, board.RelayFeedbackPin, board.RelayFeedbackActiveHigh, PinMode.Input);
            }

            // Steady +12 V (duty 1.0) until the control pilot driver decides otherwise.
            ports.CpPwm = new Esp32PwmChannel(board.CpPwmPin, DeviceFunction.PWM1, 1000, 1.0);
            Configuration.SetPinFunction(board.CpAdcPin, AdcFunction(board.CpAdcChannel));
            ports.CpAdc = new Esp32AdcChannel(adc, board.CpAdcChannel, board.MaxAdc1Channel, board.AdcFullScaleMillivolts);
            if (board.PpAdcChannel >= 0 && board.FixedCableAmps == 0)
            {
                Configuration.SetPinFunction(board.PpAdcPin, AdcFunction(board.PpAdcChannel));
                ports.PpAdc = new Esp32AdcChannel(adc, board.PpAdcChannel, board.MaxAdc1Channel, board.AdcFullScaleMillivolts);
            }

            if (board.RcdPin >= 0)
            {
                ports.RcdTrip = new Esp32DigitalInput(gpio, board.RcdPin, board.RcdActiveHigh, PinMode.Input);
            }

            if (board.MeterCsPin >= 0)
            {
                bool bus2 = board.SpiBus == 2;
                Configuration.SetPinFunction(board.SpiMosiPin, bus2 ? DeviceFunction.SPI2_MOSI : DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(board.SpiMisoPin, bus2 ? DeviceFunction.SPI2_MISO : DeviceFunction.SPI1_MISO);
                Configuration.SetPinFunction(board.SpiClockPin, bus2 ? DeviceFunction.SPI2_CLOCK : DeviceFunction.SPI1_CLOCK);
                ports.MeterSpi = new Esp32SpiDevice(board.SpiBus, board.MeterCsPin, board.MeterSpiClockHz, SpiMode.Mode3);
            }

            ports.LedPower = Led(gpio, board.LedPowerPin);
            ports.LedCharging = Led(gpio, board.LedChargingPin);
            ports.LedFault = Led(gpio, board.LedFaultPin);
            return ports;
        }

        private static IDigitalOutput? Led(GpioController gpio, int pin)
        {
            return pin < 0 ? null : new Esp32DigitalOutput(gpio, pin, true);
        }

        private static DeviceFunction AdcFunction(int channel)
        {
            switch (channel)
            {
                case 0: return DeviceFunction.ADC1_CH0;
                case 1: return DeviceFunction.ADC1_CH1;
                case 2: return DeviceFunction.ADC1_CH2;
                case 3: return DeviceFunction.ADC1_CH3;
                case 4: return DeviceFunction.ADC1_CH4;
                case 5: return DeviceFunction.ADC1_CH5;
                case 6: return DeviceFunction.ADC1_CH6;
                case 7: return DeviceFunction.ADC1_CH7;
                case 8: return DeviceFunction.ADC1_CH8;
                default: return DeviceFunction.ADC1_CH9;
            }
        }
    }
}
