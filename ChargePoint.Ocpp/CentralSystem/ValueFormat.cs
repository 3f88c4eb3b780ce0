using System;
using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue format (default Raw): the spec's strings. Only the Central System direction reads them, so they live outside the image.</summary>
    public static class ValueFormat
    {
        public const string Raw = "Raw";

        public const string SignedData = "SignedData";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Raw + " " + SignedData;
    }

    /// <summary>SampledValue measurand (default Energy.Active.Import.Register): the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.Measurand as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class Measurand
    {
        public const string EnergyActiveExportRegister = "Energy.Active.Export.Register";

        public const string EnergyActiveImportRegister = "Energy.Active.Import.Register";

        public const string EnergyReactiveExportRegister = "Energy.Reactive.Export.Register";

        public const string EnergyReactiveImportRegister = "Energy.Reactive.Import.Register";

        public const string EnergyActiveExportInterval = "Energy.Active.Export.Interval";

        public const string EnergyActiveImportInterval = "Energy.Active.Import.Interval";

        public const string EnergyReactiveExportInterval = "Energy.Reactive.Export.Interval";

        public const string EnergyReactiveImportInterval = "Energy.Reactive.Import.Interval";

        public const string PowerActiveExport = "Power.Active.Export";

        public const string PowerActiveImport = "Power.Active.Import";

        public const string PowerOffered = "Power.Offered";

        public const string PowerReactiveExport = "Power.Reactive.Export";

        public const string PowerReactiveImport = "Power.Reactive.Import";

        public const string PowerFactor = "Power.Factor";

        public const string CurrentImport = "Current.Import";

        public const string CurrentExport = "Current.Export";

        public const string CurrentOffered = "Current.Offered";

        public const string Voltage = "Voltage";

        public const string Frequency = "Frequency";

        public const string Temperature = "Temperature";

        public const string SoC = "SoC";

        public const string RPM = "RPM";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = EnergyActiveExportRegister + " " + EnergyActiveImportRegister
            + " " + EnergyReactiveExportRegister + " " + EnergyReactiveImportRegister
            + " " + EnergyActiveExportInterval + " " + EnergyActiveImportInterval + " " + EnergyReactiveExportInterval
            + " " + EnergyReactiveImportInterval + " " + PowerActiveExport + " " + PowerActiveImport
            + " " + PowerOffered + " " + PowerReactiveExport + " " + PowerReactiveImport + " " + PowerFactor
            + " " + CurrentImport + " " + CurrentExport + " " + CurrentOffered + " " + Voltage + " " + Frequency
            + " " + Temperature + " " + SoC + " " + RPM;
    }

    /// <summary>SampledValue phase: the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.Phase as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class Phase
    {
        public const string L1 = "L1";

        public const string L2 = "L2";

        public const string L3 = "L3";

        public const string N = "N";

        public const string L1N = "L1-N";

        public const string L2N = "L2-N";

        public const string L3N = "L3-N";

        public const string L1L2 = "L1-L2";

        public const string L2L3 = "L2-L3";

        public const string L3L1 = "L3-L1";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = L1 + " " + L2 + " " + L3 + " " + N + " " + L1N + " " + L2N + " " + L3N + " " + L1L2
            + " " + L2L3 + " " + L3L1;
    }

    /// <summary>SampledValue location (default Outlet): the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.Location as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class Location
    {
        public const string Cable = "Cable";

        public const string EV = "EV";

        public const string Inlet = "Inlet";

        public const string Outlet = "Outlet";

        public const string Body = "Body";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Cable + " " + EV + " " + Inlet + " " + Outlet + " " + Body;
    }

    /// <summary>SampledValue context (default Sample.Periodic): the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.ReadingContext as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class ReadingContext
    {
        public const string InterruptionBegin = "Interruption.Begin";

        public const string InterruptionEnd = "Interruption.End";

        public const string SampleClock = "Sample.Clock";

        public const string SamplePeriodic = "Sample.Periodic";

        public const string TransactionBegin = "Transaction.Begin";

        public const string TransactionEnd = "Transaction.End";

        public const string Trigger = "Trigger";

        public const string Other = "Other";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = InterruptionBegin + " " + InterruptionEnd + " " + SampleClock + " " + SamplePeriodic
            + " " + TransactionBegin + " " + TransactionEnd + " " + Trigger + " " + Other;
    }

    /// <summary>SampledValue unit (default Wh). The schema spells "Celcius"; we send that and also accept "Celsius" (J-Errata 2.1): the spec's strings. Only the Central System direction reads them (the charger writes the codes of Model.Transactions.UnitOfMeasure as Model.Transactions.Measurand.ToText spells them), so they live outside the image.</summary>
    public static class UnitOfMeasure
    {
        public const string Wh = "Wh";

        public const string kWh = "kWh";

        public const string varh = "varh";

        public const string kvarh = "kvarh";

        public const string W = "W";

        public const string kW = "kW";

        public const string VA = "VA";

        public const string kVA = "kVA";

        public const string var = "var";

        public const string kvar = "kvar";

        public const string A = "A";

        public const string V = "V";

        public const string K = "K";

        public const string Celcius = "Celcius";

        public const string Celsius = "Celsius";

        public const string Fahrenheit = "Fahrenheit";

        public const string Percent = "Percent";

        /// <summary>
        /// Every value, space-separated: the one table <c>JsonReader.ReadEnum</c> checks against, held by a decoding
        /// vocabulary (OcppEnum.Vocabulary on the charger if it reads these values, CentralSystemVocabulary outside the image).
        /// </summary>
        public const string All = Wh + " " + kWh + " " + varh + " " + kvarh + " " + W + " " + kW + " " + VA
            + " " + kVA + " " + var + " " + kvar + " " + A + " " + V + " " + K + " " + Celcius + " " + Celsius
            + " " + Fahrenheit + " " + Percent;
    }
}

// Moved from the image as they were (non-nullable annotations are this project's; the image has none).
#nullable disable
namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>One sampled value (Spec §7.43) as the Central System reads it. Value is a string (the spec's decimal or signed data). The charger writes its own samples (Model.Transactions.SampledValue) with MeterValuesRequest.WriteMeterValue, so this type lives outside the image.</summary>
    public sealed class SampledValue : IOcppPayload
    {
        public SampledValue(string @value)
        {
            Value = @value;
        }

        /// <summary>Required string (no length limit in the schema).</summary>
        public string Value;

        /// <summary>Optional, one of <c>ReadingContext.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Context;

        /// <summary>Optional, one of <c>ValueFormat.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Format;

        /// <summary>Optional, one of <c>Measurand.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Measurand;

        /// <summary>Optional, one of <c>Phase.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Phase;

        /// <summary>Optional, one of <c>Location.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Location;

        /// <summary>Optional, one of <c>UnitOfMeasure.All</c> (CentralSystem/ValueFormat.cs).</summary>
        public string Unit;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("value", Value);
            w.Prop("context", Context);
            w.Prop("format", Format);
            w.Prop("measurand", Measurand);
            w.Prop("phase", Phase);
            w.Prop(Key.Location, Location);
            w.Prop("unit", Unit);
            w.EndObject();
        }
    }
}

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>Sampled values at one point in time (Spec §7.32) as the Central System reads them; the charger writes its own (MeterValuesRequest.WriteMeterValue), so this type lives outside the image.</summary>
    public sealed class MeterValue : IOcppPayload
    {
        public MeterValue(DateTime timestamp, SampledValue[] sampledValue)
        {
            Timestamp = timestamp;
            SampledValue = sampledValue;
        }

        /// <summary>Required UTC dateTime.</summary>
        public DateTime Timestamp;

        /// <summary>Required list of SampledValue (at least one).</summary>
        public SampledValue[] SampledValue;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("timestamp", Timestamp);
            w.PropArray("sampledValue", SampledValue);
            w.EndObject();
        }
    }
}

namespace ChargePoint.Ocpp.Messages.V16
{
    using ChargePoint.Ocpp.Messages.V16.DataTypes;

    /// <summary>MeterValues.req (Spec §6) as the Central System receives it (the charger sends a <see cref="MeterValuesRequest"/>, written from its model), outside the image. Wire action <see cref="OcppAction.MeterValues"/>.</summary>
    public sealed class ReceivedMeterValues : IOcppPayload
    {
        public ReceivedMeterValues(int connectorId, MeterValue[] meterValue)
        {
            ConnectorId = connectorId;
            MeterValue = meterValue;
        }

        /// <summary>Required, integer &gt;= 0.</summary>
        public int ConnectorId;

        /// <summary>Optional, integer (Absent.Int when absent).</summary>
        public int TransactionId = Absent.Int;

        /// <summary>Required list of MeterValue (at least one).</summary>
        public MeterValue[] MeterValue;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop(Key.ConnectorId, ConnectorId);
            w.Prop(Key.TransactionId, TransactionId);
            w.PropArray("meterValue", MeterValue);
            w.EndObject();
        }
    }
}
