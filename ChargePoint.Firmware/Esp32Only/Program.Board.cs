using System.Device.Adc;
using System.Device.Gpio;
using System.Device.Spi;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Firmware.Esp32Only.Hal;
using nanoFramework.Hardware.Esp32;
using ChargePoint.Ocpp.Platform;
using static ChargePoint.Hal.Boards.BoardDefinition;

namespace ChargePoint.Firmware.Esp32Only
{
    /// <summary>Builds the HAL ports of a board definition from the nanoFramework ESP32 APIs (a part of Program: one type in the .pe).</summary>
    public sealed partial class Program
    {
        /// <summary>The platform's ports (IPlatformHooks.Ports).</summary>
        public HardwarePorts Ports(BoardDefinition board)
        {
            var gpio = new GpioController();
            var adc = new AdcController();
            int[] pin = board.Pins;
            if (pin[MeterCsPin] >= 0)
            {
                // One SPI bus for every connector's meter; each meter has its own chip-select.
                // SpiBus is a constant: each choice is made by the compiler.
                Configuration.SetPinFunction(pin[SpiMosiPin], SpiBus == 2 ? DeviceFunction.SPI2_MOSI : DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(pin[SpiMisoPin], SpiBus == 2 ? DeviceFunction.SPI2_MISO : DeviceFunction.SPI1_MISO);
                Configuration.SetPinFunction(pin[SpiClockPin], SpiBus == 2 ? DeviceFunction.SPI2_CLOCK : DeviceFunction.SPI1_CLOCK);
            }

            HardwarePorts ports = Connector(board, gpio, adc);
            var more = new HardwarePorts[board.MoreConnectors.Length];
            for (int i = 0; i < more.Length; i++)
            {
                more[i] = Connector(board.MoreConnectors[i], gpio, adc);
            }

            ports.MoreConnectors = more;
            return ports;
        }

        /// <summary>One connector's pins: relay, feedback, CP PWM (its own LEDC output), CP/PP on ADC1, RCD, meter CS, LEDs.</summary>
        private HardwarePorts Connector(BoardDefinition c, GpioController gpio, AdcController adc)
        {
            var ports = new HardwarePorts(c, this, _storage); // the clocks are Program's (Program.Clock.cs)
            int[] pin = c.Pins;
            ports.Relay = Pin(gpio, pin[RelayPin], RelayActiveHigh, PinMode.Output);
            ports.RelayFeedback = Pin(gpio, pin[RelayFeedbackPin], RelayFeedbackActiveHigh, PinMode.Input);
            ports.CpPwm = new Esp32Port(pin[CpPwmPin], pin[CpPwmOutput] == 2 ? DeviceFunction.PWM2 : DeviceFunction.PWM1);
            ports.CpAdc = Adc(adc, pin[CpAdcPin], pin[CpAdcChannel]);
            if (pin[FixedCableAmps] == 0)
            {
                ports.PpAdc = Adc(adc, pin[PpAdcPin], pin[PpAdcChannel]);
            }

            ports.RcdTrip = Pin(gpio, pin[RcdPin], RcdActiveHigh, PinMode.Input);
            if (pin[MeterCsPin] >= 0)
            {
                ports.MeterSpi = new Esp32Port(SpiBus, pin[MeterCsPin], MeterSpiClockHz, SpiMode.Mode3);
            }

            ports.LedPower = Pin(gpio, pin[LedPowerPin], true, PinMode.Output);
            ports.LedCharging = Pin(gpio, pin[LedChargingPin], true, PinMode.Output);
            ports.LedFault = Pin(gpio, pin[LedFaultPin], true, PinMode.Output);
            return ports;
        }

        /// <summary>The pin as an input or output, or null when it is not fitted (-1).</summary>
        private static Esp32Port Pin(GpioController gpio, int pin, bool activeHigh, PinMode mode)
        {
            return pin < 0 ? null : new Esp32Port(gpio, pin, activeHigh, mode);
        }

        /// <summary>The ADC1 channel on its GPIO, or null when it is not fitted (-1).</summary>
        private static Esp32Port Adc(AdcController adc, int pin, int channel)
        {
            if (channel < 0)
            {
                return null;
            }

            // ADC1_CH0..ADC1_CH9 are consecutive values of DeviceFunction.
            Configuration.SetPinFunction(pin, channel < 9 ? DeviceFunction.ADC1_CH0 + channel : DeviceFunction.ADC1_CH9);
            return new Esp32Port(adc, channel);
        }
    }
}
