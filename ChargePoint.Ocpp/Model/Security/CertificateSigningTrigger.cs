// The CertificateSigningTrigger delegate is gone: RemoteTriggerService.Certificates calls CertificateService.RequestSigning
// directly (a delegate type cost the image a class of four methods). The file goes with the next eng/sync-nfproj.sh.
