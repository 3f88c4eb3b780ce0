using System;
using System.Device.Gpio;
using System.Device.Spi;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>SPI slave on a bus with its own chip select; frames are one TransferFullDuplex (CS low for the whole frame).</summary>
    public sealed class Esp32SpiDevice : ISpiDevice
    {
        private readonly SpiDevice _device;

        /// <param name="mode">SPI mode; the ATM90E32 needs mode 3 (CPOL = 1, CPHA = 1).</param>
        public Esp32SpiDevice(int busId, int chipSelectPin, int clockHz, SpiMode mode)
        {
            var settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.ClockFrequency = clockHz;
            settings.Mode = mode;
            settings.DataBitLength = 8;
            settings.DataFlow = DataFlow.MsbFirst;
            settings.Configuration = SpiBusConfiguration.FullDuplex;
            settings.ChipSelectLineActiveState = PinValue.Low;
            _device = SpiDevice.Create(settings);
        }

        public void TransferFullDuplex(byte[] write, byte[] read)
        {
            if (write.Length != read.Length)
            {
                throw new ArgumentException("write and read buffers differ in length");
            }

            _device.TransferFullDuplex(new SpanByte(write), new SpanByte(read));
        }
    }
}
