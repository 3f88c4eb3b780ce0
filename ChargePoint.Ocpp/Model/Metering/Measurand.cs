using Text = ChargePoint.Ocpp.Messages.V16.DataTypes.Measurand;

namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>OCPP 1.6 Measurand codes with their spec strings (explicit table: no Enum.ToString on nano).</summary>
    public static class Measurand
    {
        public const int EnergyActiveExportRegister = 1;
        public const int EnergyActiveImportRegister = 2;
        public const int EnergyReactiveExportRegister = 3;
        public const int EnergyReactiveImportRegister = 4;
        public const int EnergyActiveExportInterval = 5;
        public const int EnergyActiveImportInterval = 6;
        public const int EnergyReactiveExportInterval = 7;
        public const int EnergyReactiveImportInterval = 8;
        public const int PowerActiveExport = 9;
        public const int PowerActiveImport = 10;
        public const int PowerOffered = 11;
        public const int PowerReactiveExport = 12;
        public const int PowerReactiveImport = 13;
        public const int PowerFactor = 14;
        public const int CurrentImport = 15;
        public const int CurrentExport = 16;
        public const int CurrentOffered = 17;
        public const int Voltage = 18;
        public const int Frequency = 19;
        public const int Temperature = 20;
        public const int SoC = 21;
        public const int Rpm = 22;
        public const int Count = 22;

        /// <summary>The spec string of a code; null for 0 (the field is omitted) or an unknown code.</summary>
        public static string ToText(int code)
        {
            switch (code)
            {
                case EnergyActiveExportRegister: return Text.EnergyActiveExportRegister;
                case EnergyActiveImportRegister: return Text.EnergyActiveImportRegister;
                case EnergyReactiveExportRegister: return Text.EnergyReactiveExportRegister;
                case EnergyReactiveImportRegister: return Text.EnergyReactiveImportRegister;
                case EnergyActiveExportInterval: return Text.EnergyActiveExportInterval;
                case EnergyActiveImportInterval: return Text.EnergyActiveImportInterval;
                case EnergyReactiveExportInterval: return Text.EnergyReactiveExportInterval;
                case EnergyReactiveImportInterval: return Text.EnergyReactiveImportInterval;
                case PowerActiveExport: return Text.PowerActiveExport;
                case PowerActiveImport: return Text.PowerActiveImport;
                case PowerOffered: return Text.PowerOffered;
                case PowerReactiveExport: return Text.PowerReactiveExport;
                case PowerReactiveImport: return Text.PowerReactiveImport;
                case PowerFactor: return Text.PowerFactor;
                case CurrentImport: return Text.CurrentImport;
                case CurrentExport: return Text.CurrentExport;
                case CurrentOffered: return Text.CurrentOffered;
                case Voltage: return Text.Voltage;
                case Frequency: return Text.Frequency;
                case Temperature: return Text.Temperature;
                case SoC: return Text.SoC;
                case Rpm: return Text.RPM;
                default: return null;
            }
        }

        /// <summary>The code for a spec string, or 0 when unknown.</summary>
        public static int Parse(string text)
        {
            for (int code = 1; code <= Count; code++)
            {
                if (ToText(code) == text)
                {
                    return code;
                }
            }

            return 0;
        }

        // DefaultUnit's table: the UnitOfMeasure code of each measurand code, as 'A' + unit (A = None: Power.Factor,
        // Frequency and RPM have no unit in the 1.6 enumeration, the field is omitted).
        private const string Units = "ABBDDBBDDFFFJJALLLMAOQA";

        /// <summary>The unit a measurand is reported in by this firmware (Wh, varh, W, var, A, V, Celsius, Percent or None).</summary>
        public static int DefaultUnit(int code)
        {
            return code > 0 && code <= Count ? Units[code] - 'A' : UnitOfMeasure.None;
        }

        /// <summary>
        /// Parses a CSL of measurands. Fails on an unknown name, a duplicate, more than maxLength items, or a
        /// measurand the meter cannot provide (ChangeConfiguration then answers Rejected). An empty string is an empty list.
        /// </summary>
        public static bool TryParseList(string text, IMeter meter, int maxLength, out int[] codes)
        {
            codes = new int[0];
            string[] parts = text.Split(new[] { ',' });
            if (parts.Length == 1 && parts[0].Trim().Length == 0)
            {
                return true;
            }

            if (parts.Length > maxLength)
            {
                return false;
            }

            var list = new int[parts.Length];
            for (int i = 0; i < list.Length; i++)
            {
                int code = Parse(parts[i].Trim()); // an empty item is 0
                if (code == 0 || (meter != null && !meter.Supports(code)))
                {
                    return false;
                }

                for (int k = 0; k < i; k++)
                {
                    if (list[k] == code)
                    {
                        return false;
                    }
                }

                list[i] = code;
            }

            codes = list;
            return true;
        }
    }
}
