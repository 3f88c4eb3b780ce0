using C = ChargePoint.Ocpp.Messages.V16.DataTypes.ReadingContext;
using L = ChargePoint.Ocpp.Messages.V16.DataTypes.Location;
using M = ChargePoint.Ocpp.Messages.V16.DataTypes.Measurand;
using P = ChargePoint.Ocpp.Messages.V16.DataTypes.Phase;
using U = ChargePoint.Ocpp.Messages.V16.DataTypes.UnitOfMeasure;

namespace ChargePoint.Ocpp.Model.Transactions
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

        /// <summary>
        /// The spec string of a code; null for 0 (the field is omitted) or an unknown code. One table for the codes of a
        /// sampled value, the stop reasons and the authorization statuses (one method, one switch): a measurand is its code; a phase, location, reading
        /// context, unit, stop reason or authorization status is its kind's Base plus its code (each kind's 0 and its last code + 1 are null).
        /// </summary>
        public static string ToText(int code)
        {
            switch (code)
            {
                case EnergyActiveExportRegister: return M.EnergyActiveExportRegister;
                case EnergyActiveImportRegister: return M.EnergyActiveImportRegister;
                case EnergyReactiveExportRegister: return M.EnergyReactiveExportRegister;
                case EnergyReactiveImportRegister: return M.EnergyReactiveImportRegister;
                case EnergyActiveExportInterval: return M.EnergyActiveExportInterval;
                case EnergyActiveImportInterval: return M.EnergyActiveImportInterval;
                case EnergyReactiveExportInterval: return M.EnergyReactiveExportInterval;
                case EnergyReactiveImportInterval: return M.EnergyReactiveImportInterval;
                case PowerActiveExport: return M.PowerActiveExport;
                case PowerActiveImport: return M.PowerActiveImport;
                case PowerOffered: return M.PowerOffered;
                case PowerReactiveExport: return M.PowerReactiveExport;
                case PowerReactiveImport: return M.PowerReactiveImport;
                case PowerFactor: return M.PowerFactor;
                case CurrentImport: return M.CurrentImport;
                case CurrentExport: return M.CurrentExport;
                case CurrentOffered: return M.CurrentOffered;
                case Voltage: return M.Voltage;
                case Frequency: return M.Frequency;
                case Temperature: return M.Temperature;
                case SoC: return M.SoC;
                case Rpm: return M.RPM;

                case Phase.Base + Phase.L1: return P.L1;
                case Phase.Base + Phase.L2: return P.L2;
                case Phase.Base + Phase.L3: return P.L3;
                case Phase.Base + Phase.N: return P.N;
                case Phase.Base + Phase.L1N: return P.L1N;
                case Phase.Base + Phase.L2N: return P.L2N;
                case Phase.Base + Phase.L3N: return P.L3N;
                case Phase.Base + Phase.L1L2: return P.L1L2;
                case Phase.Base + Phase.L2L3: return P.L2L3;
                case Phase.Base + Phase.L3L1: return P.L3L1;

                case Location.Base + Location.Body: return L.Body;
                case Location.Base + Location.Cable: return L.Cable;
                case Location.Base + Location.EV: return L.EV;
                case Location.Base + Location.Inlet: return L.Inlet;
                case Location.Base + Location.Outlet: return L.Outlet;

                case ReadingContext.Base + ReadingContext.InterruptionBegin: return C.InterruptionBegin;
                case ReadingContext.Base + ReadingContext.InterruptionEnd: return C.InterruptionEnd;
                case ReadingContext.Base + ReadingContext.Other: return C.Other;
                case ReadingContext.Base + ReadingContext.SampleClock: return C.SampleClock;
                case ReadingContext.Base + ReadingContext.SamplePeriodic: return C.SamplePeriodic;
                case ReadingContext.Base + ReadingContext.TransactionBegin: return C.TransactionBegin;
                case ReadingContext.Base + ReadingContext.TransactionEnd: return C.TransactionEnd;
                case ReadingContext.Base + ReadingContext.Trigger: return C.Trigger;

                case UnitOfMeasure.Base + UnitOfMeasure.Wh: return U.Wh;
                case UnitOfMeasure.Base + UnitOfMeasure.KWh: return U.kWh;
                case UnitOfMeasure.Base + UnitOfMeasure.Varh: return U.varh;
                case UnitOfMeasure.Base + UnitOfMeasure.Kvarh: return U.kvarh;
                case UnitOfMeasure.Base + UnitOfMeasure.W: return U.W;
                case UnitOfMeasure.Base + UnitOfMeasure.KW: return U.kW;
                case UnitOfMeasure.Base + UnitOfMeasure.VA: return U.VA;
                case UnitOfMeasure.Base + UnitOfMeasure.KVA: return U.kVA;
                case UnitOfMeasure.Base + UnitOfMeasure.Var: return U.var;
                case UnitOfMeasure.Base + UnitOfMeasure.Kvar: return U.kvar;
                case UnitOfMeasure.Base + UnitOfMeasure.A: return U.A;
                case UnitOfMeasure.Base + UnitOfMeasure.V: return U.V;
                case UnitOfMeasure.Base + UnitOfMeasure.K: return U.K;
                // The 1.6 schema spells it "Celcius"; J-Errata 2.1 says keep sending that spelling.
                case UnitOfMeasure.Base + UnitOfMeasure.Celsius: return U.Celcius;
                case UnitOfMeasure.Base + UnitOfMeasure.Fahrenheit: return U.Fahrenheit;
                case UnitOfMeasure.Base + UnitOfMeasure.Percent: return U.Percent;

                case StopReason.Base + StopReason.EmergencyStop: return "EmergencyStop";
                case StopReason.Base + StopReason.EVDisconnected: return "EVDisconnected";
                case StopReason.Base + StopReason.HardReset: return "HardReset";
                case StopReason.Base + StopReason.Local: return "Local";
                case StopReason.Base + StopReason.Other: return "Other";
                case StopReason.Base + StopReason.PowerLoss: return "PowerLoss";
                case StopReason.Base + StopReason.Reboot: return "Reboot";
                case StopReason.Base + StopReason.Remote: return "Remote";
                case StopReason.Base + StopReason.SoftReset: return "SoftReset";
                case StopReason.Base + StopReason.UnlockCommand: return "UnlockCommand";
                case StopReason.Base + StopReason.DeAuthorized: return "DeAuthorized";

                case IdTagInfo.Base + IdTagInfo.Accepted: return "Accepted";
                case IdTagInfo.Base + IdTagInfo.Blocked: return "Blocked";
                case IdTagInfo.Base + IdTagInfo.Expired: return "Expired";
                case IdTagInfo.Base + IdTagInfo.Invalid: return "Invalid";
                case IdTagInfo.Base + IdTagInfo.ConcurrentTx: return "ConcurrentTx";
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
