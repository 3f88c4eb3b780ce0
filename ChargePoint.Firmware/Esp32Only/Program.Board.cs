using System.Device.Adc;
using System.Device.Gpio;
using System.Device.Spi;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Firmware.Esp32Only.Hal;
using nanoFramework.Hardware.Esp32;
using static ChargePoint.Hal.Boards.BoardDefinition;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>Builds the HAL ports of a board definition from the nanoFramework ESP32 APIs (a part of Program: one type in the .pe).</summary>
    public sealed partial class Program
    {
        /// <summary>The platform's ports (IPlatformHooks.Ports).</summary>
        public HardwarePorts Ports(BoardDefinition board)
        {
            IStorage storage = _storage;
            var gpio = new GpioController();
            var adc = new AdcController();
            int[] pin = board.Pins;
            if (pin[MeterCsPin] >= 0)
            {
                // One SPI bus for every connector's meter; each meter has its own chip-select.
                bool bus2 = SpiBus == 2;
                Configuration.SetPinFunction(pin[SpiMosiPin], bus2 ? DeviceFunction.SPI2_MOSI : DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(pin[SpiMisoPin], bus2 ? DeviceFunction.SPI2_MISO : DeviceFunction.SPI1_MISO);
                Configuration.SetPinFunction(pin[SpiClockPin], bus2 ? DeviceFunction.SPI2_CLOCK : DeviceFunction.SPI1_CLOCK);
            }

            HardwarePorts ports = Connector(board, this, storage, gpio, adc);
            var more = new HardwarePorts[board.MoreConnectors.Length];
            for (int i = 0; i < more.Length; i++)
            {
                more[i] = Connector(board.MoreConnectors[i], this, storage, gpio, adc);
            }

            ports.MoreConnectors = more;
            return ports;
        }

        /// <summary>One connector's pins: relay, feedback, CP PWM (its own LEDC output), CP/PP on ADC1, RCD, meter CS, LEDs.</summary>
        private static HardwarePorts Connector(BoardDefinition c, Program clock, IStorage storage, GpioController gpio, AdcController adc)
        {
            var ports = new HardwarePorts(c, clock, clock, storage);
            int[] pin = c.Pins;
            ports.Relay = new Esp32DigitalPin(gpio, pin[RelayPin], RelayActiveHigh, PinMode.Output);
            if (pin[RelayFeedbackPin] >= 0)
            {
                ports.RelayFeedback = new Esp32DigitalPin(gpio, pin[RelayFeedbackPin], RelayFeedbackActiveHigh, PinMode.Input);
            }

            ports.CpPwm = new Esp32PwmChannel(pin[CpPwmPin], pin[CpPwmOutput] == 2 ? DeviceFunction.PWM2 : DeviceFunction.PWM1);
            Configuration.SetPinFunction(pin[CpAdcPin], AdcFunction(pin[CpAdcChannel]));
            ports.CpAdc = new Esp32AdcChannel(adc, pin[CpAdcChannel]);
            if (pin[PpAdcChannel] >= 0 && pin[FixedCableAmps] == 0)
            {
                Configuration.SetPinFunction(pin[PpAdcPin], AdcFunction(pin[PpAdcChannel]));
                ports.PpAdc = new Esp32AdcChannel(adc, pin[PpAdcChannel]);
            }

            if (pin[RcdPin] >= 0)
            {
                ports.RcdTrip = new Esp32DigitalPin(gpio, pin[RcdPin], RcdActiveHigh, PinMode.Input);
            }

            if (pin[MeterCsPin] >= 0)
            {
                ports.MeterSpi = new Esp32SpiDevice(SpiBus, pin[MeterCsPin], MeterSpiClockHz, SpiMode.Mode3);
            }

            ports.LedPower = Led(gpio, pin[LedPowerPin]);
            ports.LedCharging = Led(gpio, pin[LedChargingPin]);
            ports.LedFault = Led(gpio, pin[LedFaultPin]);
            return ports;
        }

        private static IDigitalOutput Led(GpioController gpio, int pin)
        {
            return pin < 0 ? null : new Esp32DigitalPin(gpio, pin, true, PinMode.Output);
        }

        private static DeviceFunction AdcFunction(int channel)
        {
            // ADC1_CH0..ADC1_CH9 are consecutive values of DeviceFunction.
            return channel >= 0 && channel < 9 ? DeviceFunction.ADC1_CH0 + channel : DeviceFunction.ADC1_CH9;
        }
    }
}
