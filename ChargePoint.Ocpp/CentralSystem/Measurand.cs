namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
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
}
