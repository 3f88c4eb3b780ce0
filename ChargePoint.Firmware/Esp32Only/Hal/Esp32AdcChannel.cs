using System.Device.Adc;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// One ADC1 channel (nanoFramework logical channel number). ADC2 channels cannot be read while Wi-Fi is on
    /// (CLR_E_PIN_UNAVAILABLE): every board of the catalog has its CP and PP on ADC1, pinned by BoardCatalogTests
    /// (not checked again here at run time).
    /// </summary>
    public sealed class Esp32AdcChannel : IAdcChannel
    {
        private readonly AdcChannel _channel;
        private readonly int _maxRaw;

        public Esp32AdcChannel(AdcController adc, int channelNumber)
        {
            _channel = adc.OpenChannel(channelNumber);
            _maxRaw = adc.MaxValue;
        }

        public int MaxRaw
        {
            get { return _maxRaw; }
        }

        public int ReadRaw()
        {
            return _channel.ReadValue();
        }
    }
}
