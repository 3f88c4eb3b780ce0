using System.Device.Adc;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// (A part of Esp32Port: the ESP32 pins, ADC, PWM, SPI and serial ports are one type in the .pe, each its own constructor.)
    /// <para/>
    /// One ADC1 channel (nanoFramework logical channel number). ADC2 channels cannot be read while Wi-Fi is on
    /// (CLR_E_PIN_UNAVAILABLE): every board of the catalog has its CP and PP on ADC1, pinned by BoardCatalogTests
    /// (not checked again here at run time).
    /// </summary>
    public sealed partial class Esp32Port : IAdcChannel
    {
        private readonly AdcChannel _adc;
        private readonly int _maxRaw;

        public Esp32Port(AdcController adc, int channelNumber)
        {
            _adc = adc.OpenChannel(channelNumber);
            _maxRaw = adc.MaxValue;
        }

        public int MaxRaw
        {
            get { return _maxRaw; }
        }

        public int ReadRaw()
        {
            return _adc.ReadValue();
        }
    }
}
