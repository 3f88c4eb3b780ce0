// Empty: the charge point's own keys and certificates are part of CertificateService now. This file stays only because
// the device projects list it; eng/sync-nfproj.sh drops it once the file is deleted.
