namespace ChargePoint.Hal.Metering
{
    /// <summary>ATM90E32AS register addresses and magic values (datasheet 46003B §5); a part of Atm90e32 (one type in the .pe).</summary>
    public sealed partial class Atm90e32
    {
        public const int MeterEn = 0x00;
        public const int SagPeakDetCfg = 0x05;
        public const int OVth = 0x06;
        public const int ZXConfig = 0x07;
        public const int SagTh = 0x08;
        public const int FreqLoTh = 0x0C;
        public const int FreqHiTh = 0x0D;
        public const int PLconstH = 0x31;
        public const int PLconstL = 0x32;
        public const int MMode0 = 0x33;
        public const int MMode1 = 0x34;
        public const int PStartTh = 0x35;
        public const int QStartTh = 0x36;
        public const int SStartTh = 0x37;
        public const int PPhaseTh = 0x38;
        public const int QPhaseTh = 0x39;
        public const int SPhaseTh = 0x3A;

        /// <summary>UgainA; phase B and C follow at +4 and +8 (Igain +1, Uoffset +2, Ioffset +3).</summary>
        public const int UgainA = 0x61;
        public const int IgainA = 0x62;
        public const int UoffsetA = 0x63;
        public const int IoffsetA = 0x64;
        public const int PhaseStride = 4;

        public const int SoftReset = 0x70;
        public const int LastSpiData = 0x78;
        public const int CrcErrStatus = 0x79;
        public const int CfgRegAccEn = 0x7F;

        /// <summary>Forward active energy, read-to-clear: total, then A, B, C.</summary>
        public const int APenergyT = 0x80;

        /// <summary>Mean active power high words (T, A, B, C); low words at +0x10.</summary>
        public const int PmeanA = 0xB1;
        public const int LowWordOffset = 0x10;
        public const int PFmeanA = 0xBD;
        public const int UrmsA = 0xD9;
        public const int IrmsA = 0xDD;
        public const int Freq = 0xF8;
        public const int Temp = 0xFC;

        public const int SoftResetCode = 0x789A;
        public const int CfgUnlockCode = 0x55AA;
        public const int CfgLockCode = 0x0000;

        /// <summary>Last configuration register covered by the CRC (0x00–0x6F).</summary>
        public const int LastConfigRegister = 0x6F;

        /// <summary>PLconst default 0x0861C468 = 450 000 000 000 / 3200 imp/kWh.</summary>
        public const int PLconstHDefault = 0x0861;
        public const int PLconstLDefault = 0xC468;
    }
}
