// moved to IFirmwareUpdater.ReadDownloaded (IFirmwareUpdater.cs)
