// Empty: the charge point certificate is an InstalledCertificate (Use null) now. This file stays only because the
// device projects list it; eng/sync-nfproj.sh drops it once the file is deleted.
