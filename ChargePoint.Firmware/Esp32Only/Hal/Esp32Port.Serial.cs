using System.IO.Ports;
using ChargePoint.Hal;
using nanoFramework.Hardware.Esp32;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// (A part of Esp32Port: the ESP32 pins, ADC, PWM, SPI and serial ports are one type in the .pe, each its own constructor.)
    /// <para/>A UART (COM2/COM3; COM1 is the debug port). Pins are routed with SetPinFunction before opening.</summary>
    public sealed partial class Esp32Port : ISerialLine
    {
        private readonly SerialPort _port;

        public Esp32Port(string portName, int baudRate, int txPin, DeviceFunction txFunction, int rxPin, DeviceFunction rxFunction)
        {
            Configuration.SetPinFunction(txPin, txFunction);
            Configuration.SetPinFunction(rxPin, rxFunction);
            _port = new SerialPort(portName, baudRate);
            _port.Open();
        }

        public int BytesToRead
        {
            get { return _port.BytesToRead; }
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int available = _port.BytesToRead;
            if (available <= 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, count < available ? count : available);
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            _port.Write(buffer, offset, count);
        }
    }
}
