namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// What a bundle must match to be installed. <see cref="Version"/> changes when the contract between loader and
    /// application changes (record names, entry point signature, the assemblies the loader itself deploys).
    /// </summary>
    public static class LoaderAbi
    {
        /// <summary>2: the loader's assembly also holds SHA-256, hex and the storage interface (ChargePoint.Ocpp.Crypto is gone).</summary>
        public const int Version = 2;

        /// <summary>The first line of a bundle and of a slot manifest.</summary>
        public const string Magic = "CPBUNDLE 1";

        /// <summary>A bundle header (manifest) longer than this is refused: it is read into RAM.</summary>
        public const int MaxManifestBytes = 4096;

        /// <summary>At most this many files per slot.</summary>
        public const int MaxFiles = 32;

        /// <summary>Trial boots of a new slot before the loader falls back to the previous one.</summary>
        public const int DefaultMaxTrialBoots = 3;
    }
}
