// moved to IFirmwareUpdater.InstallOutcome (IFirmwareUpdater.cs)
