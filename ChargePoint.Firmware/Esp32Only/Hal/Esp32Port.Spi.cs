using System;
using System.Device.Spi;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// (A part of Esp32Port: the ESP32 pins, ADC, PWM, SPI and serial ports are one type in the .pe, each its own constructor.)
    /// <para/>SPI slave on a bus with its own chip select; frames are one TransferFullDuplex (CS low for the whole frame).</summary>
    public sealed partial class Esp32Port : ISpiDevice
    {
        private readonly SpiDevice _device;

        /// <param name="mode">SPI mode; the ATM90E32 needs mode 3 (CPOL = 1, CPHA = 1).</param>
        public Esp32Port(int busId, int chipSelectPin, int clockHz, SpiMode mode)
        {
            // nanoFramework's defaults are the ATM90E32's: 8-bit words, MSB first, full duplex, chip select active low
            // (not set again: each setter is a reference in the .pe).
            var settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.ClockFrequency = clockHz;
            settings.Mode = mode;
            _device = SpiDevice.Create(settings);
        }

        /// <summary>Both arrays have the same length (ISpiDevice's contract; the meter driver's frames are 4 bytes).</summary>
        public void TransferFullDuplex(byte[] write, byte[] read)
        {
            _device.TransferFullDuplex(new SpanByte(write), new SpanByte(read));
        }
    }
}
