// Empty: ExtendedTriggerMessage(SignChargePointCertificate) sets RemoteTriggerService.SignCertificateWanted, which the
// certificate feature's Tick serves (a delegate type cost the image a type, four methods and a name). This file stays
// only because the device projects list it; eng/sync-nfproj.sh drops it once the file is deleted.
