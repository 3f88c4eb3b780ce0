using Text = ChargePoint.Ocpp.Messages.V16.DataTypes.Measurand;

namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>OCPP 1.6 Measurand codes: code n is the n-th word of the message table (no Enum.ToString on nano).</summary>
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

        public static string ToText(int code)
        {
            return Word(Text.All, code);
        }

        /// <summary>The code for a spec string, or 0 when unknown.</summary>
        public static int Parse(string text)
        {
            for (int code = 1; code <= Count; code++)
            {
                if (Word(Text.All, code) == text)
                {
                    return code;
                }
            }

            return 0;
        }

        /// <summary>
        /// The n-th (from 1) space-separated word of a message enumeration's All table, or "" when there is none: the
        /// codes of these tables index the message tables instead of repeating their strings in a switch.
        /// </summary>
        internal static string Word(string table, int n)
        {
            int start = n < 1 ? -1 : 0;
            for (int i = 1; i < n && start >= 0; i++)
            {
                start = table.IndexOf(' ', start);
                start = start < 0 ? -1 : start + 1;
            }

            if (start < 0)
            {
                return "";
            }

            int end = table.IndexOf(' ', start);
            return table.Substring(start, (end < 0 ? table.Length : end) - start);
        }

        /// <summary>The unit a measurand is reported in by this firmware.</summary>
        public static int DefaultUnit(int code)
        {
            switch (code)
            {
                case EnergyActiveExportRegister:
                case EnergyActiveImportRegister:
                case EnergyActiveExportInterval:
                case EnergyActiveImportInterval:
                    return UnitOfMeasure.Wh;
                case EnergyReactiveExportRegister:
                case EnergyReactiveImportRegister:
                case EnergyReactiveExportInterval:
                case EnergyReactiveImportInterval:
                    return UnitOfMeasure.Varh;
                case PowerActiveExport:
                case PowerActiveImport:
                case PowerOffered:
                    return UnitOfMeasure.W;
                case PowerReactiveExport:
                case PowerReactiveImport:
                    return UnitOfMeasure.Var;
                case CurrentImport:
                case CurrentExport:
                case CurrentOffered:
                    return UnitOfMeasure.A;
                case Voltage:
                    return UnitOfMeasure.V;
                case Temperature:
                    return UnitOfMeasure.Celsius;
                case SoC:
                    return UnitOfMeasure.Percent;
                default:
                    // Frequency, Power.Factor and RPM have no unit in the 1.6 enumeration: the field is omitted.
                    return UnitOfMeasure.None;
            }
        }
    }
}
