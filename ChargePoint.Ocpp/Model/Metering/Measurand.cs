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
                default: return "";
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
