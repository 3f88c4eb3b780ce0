using System;
using System.Device.Adc;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Hal
{
    /// <summary>
    /// One ADC1 channel (nanoFramework logical channel number). ADC2 channels cannot be read while Wi-Fi is on
    /// (CLR_E_PIN_UNAVAILABLE), so they are refused here rather than failing at run time.
    /// </summary>
    public sealed class Esp32AdcChannel : IAdcChannel
    {
        private readonly AdcChannel _channel;
        private readonly int _maxRaw;
        private readonly int _fullScaleMillivolts;

        public Esp32AdcChannel(AdcController adc, int channelNumber, int maxAdc1Channel, int fullScaleMillivolts)
        {
            if (channelNumber < 0 || channelNumber > maxAdc1Channel)
            {
                throw new ArgumentException("ADC channel " + channelNumber.ToString() + " is not on ADC1 (0.." + maxAdc1Channel.ToString() + ")");
            }

            _channel = adc.OpenChannel(channelNumber);
            _maxRaw = adc.MaxValue;
            _fullScaleMillivolts = fullScaleMillivolts;
        }

        public int MaxRaw
        {
            get { return _maxRaw; }
        }

        public int FullScaleMillivolts
        {
            get { return _fullScaleMillivolts; }
        }

        public int ReadRaw()
        {
            return _channel.ReadValue();
        }
    }
}
