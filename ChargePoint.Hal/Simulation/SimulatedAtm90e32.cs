using System;
using ChargePoint.Hal.Metering;
using ChargePoint.Hal.Drivers;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// Register-level ATM90E32AS behind <see cref="ISpiDevice"/>. Decodes 32-clock frames (byte 0 bit 7 = read,
    /// 10 address bits, 16 data bits MSB first); a write takes effect only with exactly 32 clocks; a read updates
    /// LastSPIData (0x78) and, only then, clears a read-to-clear energy register. Configuration registers
    /// (0x00–0x6F) are writable only while CfgRegAccEn = 0x55AA; locking latches a golden CRC-16 over them and
    /// CRCErrStatus bit 0 reports a later mismatch. SoftReset (0x789A) or <see cref="ResetChip"/> restores the
    /// power-on values (MeterEn = 0, gains 0 — an assumption, energy cleared).
    /// Measurements come from the physical inputs scaled by the written gains relative to the board's true
    /// calibration (<see cref="TrueUgain"/>/<see cref="TrueIgain"/>); energy accumulates at MC = 450e9 / PLconst.
    /// Not modelled: offsets, PQGain/Phi, reverse/reactive/apparent energy, EMM status bits, 16-bit energy
    /// wrap (the registers saturate here; the driver polls every second).
    /// </summary>
    public sealed class SimulatedAtm90e32 : ISpiDevice
    {
        private const int Regs = 0x400;

        private readonly ushort[] _reg = new ushort[Regs];
        private readonly int[] _energy = new int[4];
        private readonly double[] _residual = new double[4];
        private readonly double[] _volts = new double[3];
        private readonly double[] _amps = new double[3];
        private readonly double[] _pf = new double[] { 1.0, 1.0, 1.0 };
        private int _goldenCrc = -1;
        private int _corruptReads;
        private int _corruptSeq;

        public SimulatedAtm90e32()
        {
            ResetChip();
            SoftResets = 0;
        }

        public int TrueUgain { get; set; } = EvseSettings.DefaultUgain;

        public int TrueIgain { get; set; } = EvseSettings.DefaultIgain;

        public double FrequencyHz { get; set; } = 50.0;

        public double TemperatureCelsius { get; set; } = 25.0;

        /// <summary>MISO floats high and nothing is decoded (unplugged or dead chip).</summary>
        public bool Disconnected { get; set; }

        public int Frames { get; private set; }

        public int SoftResets { get; private set; }

        public int IgnoredWrites { get; private set; }

        /// <summary>Energy that really flowed through the meter (sum of phases, Wh), for accuracy checks.</summary>
        public double TrueEnergyWh { get; private set; }

        public bool IsMeteringEnabled
        {
            get { return (_reg[Atm90e32.MeterEn] & 0xFF) != 0; }
        }

        /// <summary>What a read of this register would return (without the read-to-clear side effect).</summary>
        public int Register(int address)
        {
            return ReadRegister(address & 0x3FF);
        }

        public void SetPhase(int phase, double volts, double amps, double powerFactor)
        {
            _volts[phase] = volts;
            _amps[phase] = amps;
            _pf[phase] = powerFactor;
        }

        /// <summary>Brown-out / power-on: every register back to its reset value.</summary>
        public void ResetChip()
        {
            Array.Clear(_reg, 0, Regs);
            Array.Clear(_energy, 0, 4);
            Array.Clear(_residual, 0, 4);
            _reg[Atm90e32.PLconstH] = Atm90e32.PLconstHDefault;
            _reg[Atm90e32.PLconstL] = Atm90e32.PLconstLDefault;
            _reg[Atm90e32.MMode0] = 0x0087;
            _goldenCrc = -1;
            SoftResets++;
        }

        /// <summary>The next n read frames return a corrupted data byte on MISO (LastSPIData keeps the true value).</summary>
        public void CorruptNextReads(int frames)
        {
            _corruptReads = frames;
        }

        /// <summary>Flips bit 0 of a configuration register (as an upset would): the CRC check then fails.</summary>
        public void FlipConfigBit(int address)
        {
            _reg[address] ^= 1;
        }

        /// <summary>Lets time pass: integrates energy while metering is enabled.</summary>
        public void Advance(long ms)
        {
            double mc = 450000000000.0 / (((long)_reg[Atm90e32.PLconstH] << 16) | _reg[Atm90e32.PLconstL]);
            double countsPerWh = mc / 10.0;
            double hours = ms / 3600000.0;
            double total = 0;
            for (int p = 0; p < 3; p++)
            {
                double w = _volts[p] * _amps[p] * _pf[p];
                TrueEnergyWh += w > 0 ? w * hours : 0;
                double measured = MeasuredWatts(p);
                if (measured > 0)
                {
                    total += measured;
                    Accumulate(p + 1, measured * hours * countsPerWh);
                }
            }

            Accumulate(0, total * hours * countsPerWh);
        }

        public void TransferFullDuplex(byte[] write, byte[] read)
        {
            if (write.Length != read.Length)
            {
                throw new ArgumentException("write and read buffers differ in length");
            }

            if (Disconnected)
            {
                for (int i = 0; i < read.Length; i++)
                {
                    read[i] = 0xFF;
                }

                return;
            }

            Array.Clear(read, 0, read.Length);
            Frames++;
            if (write.Length < 2)
            {
                return;
            }

            bool isRead = (write[0] & 0x80) != 0;
            int address = ((write[0] & 0x03) << 8) | write[1];
            if (write.Length != 4)
            {
                IgnoredWrites += isRead ? 0 : 1;
                return;
            }

            if (isRead)
            {
                int value = ReadRegister(address);
                _reg[Atm90e32.LastSpiData] = (ushort)value;
                if (address >= Atm90e32.APenergyT && address < Atm90e32.APenergyT + 4)
                {
                    _energy[address - Atm90e32.APenergyT] = 0;
                }

                if (_corruptReads > 0)
                {
                    _corruptReads--;
                    _corruptSeq++;
                    value ^= 0x0101 * (1 + (_corruptSeq % 7)); // a different error each frame

                }

                read[2] = (byte)(value >> 8);
                read[3] = (byte)value;
                return;
            }

            WriteRegister(address, (write[2] << 8) | write[3]);
        }

        private void WriteRegister(int address, int value)
        {
            _reg[Atm90e32.LastSpiData] = (ushort)value;
            if (address == Atm90e32.SoftReset)
            {
                if (value == Atm90e32.SoftResetCode)
                {
                    ResetChip();
                }

                return;
            }

            if (address == Atm90e32.CfgRegAccEn)
            {
                bool wasOpen = _reg[address] == Atm90e32.CfgUnlockCode;
                _reg[address] = (ushort)value;
                if (wasOpen && value != Atm90e32.CfgUnlockCode && value != 0xAA55)
                {
                    _goldenCrc = ConfigCrc();
                }

                return;
            }

            if (address <= Atm90e32.LastConfigRegister && _reg[Atm90e32.CfgRegAccEn] == Atm90e32.CfgUnlockCode)
            {
                _reg[address] = (ushort)value;
                return;
            }

            IgnoredWrites++;
        }

        private int ReadRegister(int address)
        {
            int p;
            switch (address)
            {
                case Atm90e32.CrcErrStatus:
                    return _goldenCrc >= 0 && ConfigCrc() != _goldenCrc ? 0x0001 : 0x0000;
                case Atm90e32.Freq:
                    return IsMeteringEnabled ? Clamp16(FrequencyHz * 100.0) : 0;
                case Atm90e32.Temp:
                    return (ushort)(short)Math.Round(TemperatureCelsius);
            }

            if (address >= Atm90e32.APenergyT && address < Atm90e32.APenergyT + 4)
            {
                return _energy[address - Atm90e32.APenergyT];
            }

            if (address >= Atm90e32.UrmsA && address < Atm90e32.UrmsA + 3)
            {
                p = address - Atm90e32.UrmsA;
                return Clamp16(MeasuredVolts(p) * 100.0);
            }

            if (address >= Atm90e32.IrmsA && address < Atm90e32.IrmsA + 3)
            {
                p = address - Atm90e32.IrmsA;
                return Clamp16(MeasuredAmps(p) * 1000.0);
            }

            if (address >= Atm90e32.PmeanA && address < Atm90e32.PmeanA + 3)
            {
                return (PowerLsb(address - Atm90e32.PmeanA) >> 16) & 0xFFFF;
            }

            int low = Atm90e32.PmeanA + Atm90e32.LowWordOffset;
            if (address >= low && address < low + 3)
            {
                return PowerLsb(address - low) & 0xFFFF;
            }

            if (address >= Atm90e32.PFmeanA && address < Atm90e32.PFmeanA + 3)
            {
                p = address - Atm90e32.PFmeanA;
                return IsMeteringEnabled ? (ushort)(short)Math.Round(_pf[p] * 1000.0) : 0;
            }

            return _reg[address];
        }

        private double MeasuredVolts(int p)
        {
            return IsMeteringEnabled ? _volts[p] * _reg[Atm90e32.UgainA + p * Atm90e32.PhaseStride] / TrueUgain : 0;
        }

        private double MeasuredAmps(int p)
        {
            return IsMeteringEnabled ? _amps[p] * _reg[Atm90e32.IgainA + p * Atm90e32.PhaseStride] / TrueIgain : 0;
        }

        private double MeasuredWatts(int p)
        {
            return MeasuredVolts(p) * MeasuredAmps(p) * _pf[p];
        }

        private int PowerLsb(int p)
        {
            return (int)Math.Round(MeasuredWatts(p) / 0.00032);
        }

        private void Accumulate(int index, double counts)
        {
            _residual[index] += counts;
            int whole = (int)_residual[index];
            _residual[index] -= whole;
            int v = _energy[index] + whole;
            _energy[index] = v > 0xFFFF ? 0xFFFF : v;
        }

        private static int Clamp16(double v)
        {
            double r = Math.Round(v);
            return r < 0 ? 0 : r > 65535 ? 65535 : (int)r;
        }

        // CRC-16/CCITT (x^16 + x^12 + x^5 + 1) over the configuration registers, MSB first.
        private int ConfigCrc()
        {
            int crc = 0xFFFF;
            for (int a = 0; a <= Atm90e32.LastConfigRegister; a++)
            {
                for (int shift = 8; shift >= 0; shift -= 8)
                {
                    crc ^= ((_reg[a] >> shift) & 0xFF) << 8;
                    for (int bit = 0; bit < 8; bit++)
                    {
                        crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
                    }
                }
            }

            return crc;
        }
    }
}
