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

        // ToText's table: the text of code c is segment c, each segment ended by '|' (an empty one: null); each kind starts
        // with the empty segment of its Base. One literal (the constants fold into it): a switch cost a branch and a return per code.
        // Units keep the 1.6 schema's spelling "Celcius" (J-Errata 2.1: keep sending it).
        private const string Texts =
            "|" + M.EnergyActiveExportRegister + "|" + M.EnergyActiveImportRegister + "|" + M.EnergyReactiveExportRegister + "|" + M.EnergyReactiveImportRegister + "|" +
            M.EnergyActiveExportInterval + "|" + M.EnergyActiveImportInterval + "|" + M.EnergyReactiveExportInterval + "|" + M.EnergyReactiveImportInterval + "|" +
            M.PowerActiveExport + "|" + M.PowerActiveImport + "|" + M.PowerOffered + "|" + M.PowerReactiveExport + "|" + M.PowerReactiveImport + "|" + M.PowerFactor + "|" +
            M.CurrentImport + "|" + M.CurrentExport + "|" + M.CurrentOffered + "|" + M.Voltage + "|" + M.Frequency + "|" + M.Temperature + "|" + M.SoC + "|" + M.RPM + "|" +
            "|" + P.L1 + "|" + P.L2 + "|" + P.L3 + "|" + P.N + "|" + P.L1N + "|" + P.L2N + "|" + P.L3N + "|" + P.L1L2 + "|" + P.L2L3 + "|" + P.L3L1 + "|" +
            "|" + L.Body + "|" + L.Cable + "|" + L.EV + "|" + L.Inlet + "|" + L.Outlet + "|" +
            "|" + C.InterruptionBegin + "|" + C.InterruptionEnd + "|" + C.Other + "|" + C.SampleClock + "|" + C.SamplePeriodic + "|" + C.TransactionBegin + "|" + C.TransactionEnd + "|" + C.Trigger + "|" +
            "|" + U.Wh + "|" + U.kWh + "|" + U.varh + "|" + U.kvarh + "|" + U.W + "|" + U.kW + "|" + U.VA + "|" + U.kVA + "|" + U.var + "|" + U.kvar + "|" + U.A + "|" + U.V + "|" + U.K + "|" + U.Celcius + "|" + U.Fahrenheit + "|" + U.Percent + "|" +
            "|EmergencyStop|EVDisconnected|HardReset|Local|Other|PowerLoss|Reboot|Remote|SoftReset|UnlockCommand|DeAuthorized|" +
            "|Accepted|Blocked|Expired|Invalid|ConcurrentTx|";

        /// <summary>
        /// The spec string of a code; null for 0 (the field is omitted) or an unknown code. One table for the codes of a
        /// sampled value, the stop reasons and the authorization statuses (one method, one table): a measurand is its code; a phase, location, reading
        /// context, unit, stop reason or authorization status is its kind's Base plus its code (each kind's 0 and its last code + 1 are null).
        /// </summary>
        public static string ToText(int code)
        {
            if (code < 0 || code > AuthorizationStatus.Base + AuthorizationStatus.ConcurrentTx)
            {
                return null;
            }

            int start = 0;
            for (int i = 0; i < code; i++)
            {
                start = Texts.IndexOf('|', start) + 1;
            }

            int end = Texts.IndexOf('|', start);
            return end > start ? Texts.Substring(start, end - start) : null;
        }

        /// <summary>The code for a spec string, or 0 when unknown.</summary>
        public static int Parse(string text)
        {
            // Compared in place, segment by segment (no substrings: a configuration change parses every list).
            int start = 1;
            for (int code = 1; code <= Count; code++)
            {
                int end = Texts.IndexOf('|', start);
                int i = 0;
                while (i < text.Length && start + i < end && Texts[start + i] == text[i])
                {
                    i++;
                }

                if (i == text.Length && start + i == end)
                {
                    return code;
                }

                start = end + 1;
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
