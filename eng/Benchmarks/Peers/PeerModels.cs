using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;

// Plain POCOs for the peer codecs (System.Text.Json reflection and source-generated, Newtonsoft.Json), shaped the
// way a typical desktop OCPP library models the messages: PascalCase properties mapped to camelCase, nullable
// optionals omitted when null, enums written as the spec's strings. Declaration order = the corpus' field order.
namespace ChargePoint.Benchmarks.Peers
{
    public sealed class BootNotificationRequest
    {
        public string ChargePointVendor { get; set; }
        public string ChargePointModel { get; set; }
        public string ChargePointSerialNumber { get; set; }
        public string ChargeBoxSerialNumber { get; set; }
        public string FirmwareVersion { get; set; }
        public string Iccid { get; set; }
        public string Imsi { get; set; }
        public string MeterType { get; set; }
        public string MeterSerialNumber { get; set; }
    }

    public sealed class StatusNotificationRequest
    {
        public int ConnectorId { get; set; }
        public ChargePointErrorCode ErrorCode { get; set; }
        public string Info { get; set; }
        public ChargePointStatus Status { get; set; }
        public DateTime? Timestamp { get; set; }
        public string VendorId { get; set; }
        public string VendorErrorCode { get; set; }
    }

    public sealed class MeterValuesRequest
    {
        public int ConnectorId { get; set; }
        public int? TransactionId { get; set; }
        public List<MeterValue> MeterValue { get; set; }
    }

    public sealed class MeterValue
    {
        public DateTime Timestamp { get; set; }
        public List<SampledValue> SampledValue { get; set; }
    }

    public sealed class SampledValue
    {
        public string Value { get; set; }
        public ReadingContext? Context { get; set; }
        public ValueFormat? Format { get; set; }
        public Measurand? Measurand { get; set; }
        public Phase? Phase { get; set; }
        public Location? Location { get; set; }
        public UnitOfMeasure? Unit { get; set; }
    }

    public sealed class StartTransactionResponse
    {
        public IdTagInfo IdTagInfo { get; set; }
        public int TransactionId { get; set; }
    }

    public sealed class IdTagInfo
    {
        public DateTime? ExpiryDate { get; set; }
        public string ParentIdTag { get; set; }
        public AuthorizationStatus Status { get; set; }
    }

    public sealed class GetConfigurationResponse
    {
        public List<KeyValue> ConfigurationKey { get; set; }
        public List<string> UnknownKey { get; set; }
    }

    public sealed class KeyValue
    {
        public string Key { get; set; }
        public bool Readonly { get; set; }
        public string Value { get; set; }
    }

    public enum ChargePointErrorCode
    {
        ConnectorLockFailure, EVCommunicationError, GroundFailure, HighTemperature, InternalError, LocalListConflict,
        NoError, OtherError, OverCurrentFailure, PowerMeterFailure, PowerSwitchFailure, ReaderFailure, ResetFailure,
        UnderVoltage, OverVoltage, WeakSignal,
    }

    public enum ChargePointStatus
    {
        Available, Preparing, Charging, SuspendedEVSE, SuspendedEV, Finishing, Reserved, Unavailable, Faulted,
    }

    public enum AuthorizationStatus
    {
        Accepted, Blocked, Expired, Invalid, ConcurrentTx,
    }

    public enum ReadingContext
    {
        [JsonStringEnumMemberName("Interruption.Begin"), EnumMember(Value = "Interruption.Begin")] InterruptionBegin,
        [JsonStringEnumMemberName("Interruption.End"), EnumMember(Value = "Interruption.End")] InterruptionEnd,
        [JsonStringEnumMemberName("Sample.Clock"), EnumMember(Value = "Sample.Clock")] SampleClock,
        [JsonStringEnumMemberName("Sample.Periodic"), EnumMember(Value = "Sample.Periodic")] SamplePeriodic,
        [JsonStringEnumMemberName("Transaction.Begin"), EnumMember(Value = "Transaction.Begin")] TransactionBegin,
        [JsonStringEnumMemberName("Transaction.End"), EnumMember(Value = "Transaction.End")] TransactionEnd,
        Trigger,
        Other,
    }

    public enum ValueFormat
    {
        Raw, SignedData,
    }

    public enum Measurand
    {
        [JsonStringEnumMemberName("Energy.Active.Export.Register"), EnumMember(Value = "Energy.Active.Export.Register")] EnergyActiveExportRegister,
        [JsonStringEnumMemberName("Energy.Active.Import.Register"), EnumMember(Value = "Energy.Active.Import.Register")] EnergyActiveImportRegister,
        [JsonStringEnumMemberName("Energy.Reactive.Export.Register"), EnumMember(Value = "Energy.Reactive.Export.Register")] EnergyReactiveExportRegister,
        [JsonStringEnumMemberName("Energy.Reactive.Import.Register"), EnumMember(Value = "Energy.Reactive.Import.Register")] EnergyReactiveImportRegister,
        [JsonStringEnumMemberName("Energy.Active.Export.Interval"), EnumMember(Value = "Energy.Active.Export.Interval")] EnergyActiveExportInterval,
        [JsonStringEnumMemberName("Energy.Active.Import.Interval"), EnumMember(Value = "Energy.Active.Import.Interval")] EnergyActiveImportInterval,
        [JsonStringEnumMemberName("Energy.Reactive.Export.Interval"), EnumMember(Value = "Energy.Reactive.Export.Interval")] EnergyReactiveExportInterval,
        [JsonStringEnumMemberName("Energy.Reactive.Import.Interval"), EnumMember(Value = "Energy.Reactive.Import.Interval")] EnergyReactiveImportInterval,
        [JsonStringEnumMemberName("Power.Active.Export"), EnumMember(Value = "Power.Active.Export")] PowerActiveExport,
        [JsonStringEnumMemberName("Power.Active.Import"), EnumMember(Value = "Power.Active.Import")] PowerActiveImport,
        [JsonStringEnumMemberName("Power.Offered"), EnumMember(Value = "Power.Offered")] PowerOffered,
        [JsonStringEnumMemberName("Power.Reactive.Export"), EnumMember(Value = "Power.Reactive.Export")] PowerReactiveExport,
        [JsonStringEnumMemberName("Power.Reactive.Import"), EnumMember(Value = "Power.Reactive.Import")] PowerReactiveImport,
        [JsonStringEnumMemberName("Power.Factor"), EnumMember(Value = "Power.Factor")] PowerFactor,
        [JsonStringEnumMemberName("Current.Import"), EnumMember(Value = "Current.Import")] CurrentImport,
        [JsonStringEnumMemberName("Current.Export"), EnumMember(Value = "Current.Export")] CurrentExport,
        [JsonStringEnumMemberName("Current.Offered"), EnumMember(Value = "Current.Offered")] CurrentOffered,
        Voltage,
        Frequency,
        Temperature,
        SoC,
        RPM,
    }

    public enum Phase
    {
        L1, L2, L3, N,
        [JsonStringEnumMemberName("L1-N"), EnumMember(Value = "L1-N")] L1N,
        [JsonStringEnumMemberName("L2-N"), EnumMember(Value = "L2-N")] L2N,
        [JsonStringEnumMemberName("L3-N"), EnumMember(Value = "L3-N")] L3N,
        [JsonStringEnumMemberName("L1-L2"), EnumMember(Value = "L1-L2")] L1L2,
        [JsonStringEnumMemberName("L2-L3"), EnumMember(Value = "L2-L3")] L2L3,
        [JsonStringEnumMemberName("L3-L1"), EnumMember(Value = "L3-L1")] L3L1,
    }

    public enum Location
    {
        Cable, EV, Inlet, Outlet, Body,
    }

    public enum UnitOfMeasure
    {
        Wh, kWh, varh, kvarh, W, kW, VA, kVA, var, kvar, A, V, K, Celcius, Celsius, Fahrenheit, Percent,
    }
}
