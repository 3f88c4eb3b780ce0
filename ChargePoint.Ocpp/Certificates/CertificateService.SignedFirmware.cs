using System;
using System.Text;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// SignedUpdateFirmware (SecWP §5, use cases N05/N06), part of the certificate service (a class of its own cost the
    /// image a type, a constructor and three fields), installed by <see cref="AddSignedFirmware"/> as a layer over
    /// <see cref="FirmwareService"/>, which downloads, installs and reboots as for UpdateFirmware:
    /// - the request: InvalidCertificate (and the event InvalidFirmwareSigningCertificate) unless the signing certificate
    ///   is a P-256 certificate, valid now (clock set) and signed by an installed ManufacturerRootCertificate (directly or
    ///   through the intermediates sent with it); RSA signing certificates are not supported and get InvalidCertificate;
    ///   Rejected while an install runs or when the signature is not Base64; AcceptedCanceled when it replaces an update in progress;
    /// - after Downloaded the file is hashed (SHA-256) in chunks from <see cref="IFirmwareUpdater.ReadDownloaded"/>, a few per loop
    ///   pass, and the signature (Base64 of DER or of r‖s) is verified with the certificate's key: SignatureVerified and the
    ///   install goes on, or InvalidSignature, the event InvalidFirmwareSignature and nothing is installed;
    /// - every status of the update goes out as SignedFirmwareStatusNotification with its requestId (DownloadScheduled when
    ///   retrieveDateTime is ahead, InstallRebooting before the reboot, Installed after it). The request survives a reboot
    ///   (record <see cref="SignedFirmwareRecordName"/>). installDateTime is not honoured: the image installs once no transaction runs.
    /// - <see cref="SigningRequiredKey"/> true: a plain UpdateFirmware is refused (CallError SecurityError).
    /// </summary>
    public sealed partial class CertificateService : IFirmwareCheck
    {
        public const string SignedFirmwareRecordName = "sec.fwsig";

        /// <summary>Vendor key (RW bool, default false): only SignedUpdateFirmware may update the firmware.</summary>
        public const string SigningRequiredKey = "FirmwareSigningRequired";

        private const int None = -1;
        private const int ChunkSize = 1024;

        /// <summary>The firmware service whose downloads are checked: null until <see cref="AddSignedFirmware"/> (no SignedUpdateFirmware).</summary>
        public FirmwareService Firmware;
        private int _required; // set with Firmware
        /// <summary>The requestId of the signed update in progress (-1: none).</summary>
        public int ActiveRequestId = None;
        private string _signingCertificate; // with _signature: set with ActiveRequestId, read only while it is set
        private string _signature;
        private int _check = TransferState.Succeeded;
        private Sha256 _sha;
        private byte[] _chunk;
        private long _offset;
        private CallOutcomeHandler _installedOutcome; // the caller's handler of the Installed notification

        /// <summary>
        /// Installs SignedUpdateFirmware on a charge point with FirmwareManagement (the dispatcher of this service sends
        /// UpdateFirmware to the signed-update rules once <c>firmware.Check</c> is this); UpdateFirmware then obeys
        /// FirmwareSigningRequired. Once at most, after the constructor.
        /// </summary>
        public void AddSignedFirmware(FirmwareService firmware)
        {
            OcppChargePoint cp = _cp;
            Firmware = firmware;
            _required = cp.Configuration.DeclareBool(SigningRequiredKey, false, false);
            firmware.Check = this; // also builds the status notifications (InstallRebooting included, just before the reboot)
            cp.Session.Register(OcppAction.SignedUpdateFirmware, this);
            // The signed update in progress before a reboot, if any.
            string[] lines = RecordText.ReadLines(cp.Storage, SignedFirmwareRecordName, "lost", false);
            int id;
            if (lines != null && lines.Length >= 3 && int.TryParse(lines[0], out id))
            {
                ActiveRequestId = id;
                _signature = lines[1];
                _signingCertificate = RecordText.Unescape(lines[2], true);
            }
        }

        /// <summary>Chunks of 1 KB hashed per loop pass (ESP32: keep a pass short).</summary>
        private const int ChunksPerPoll = 8;

        /// <summary>Whether a plain UpdateFirmware is refused.</summary>
        public bool SigningRequired => _cp.Configuration.Bool(_required);

        /// <summary>SignedUpdateFirmware.req → UpdateFirmwareStatus string.</summary>
        public string SignedUpdateFirmware(UpdateFirmwareRequest req, long nowMs)
        {
            string status = OcppEnum.Rejected;
            string problem = "installing";
            if (!Firmware.IsInstalling)
            {
                // The signing certificate: a P-256 key, and the chain sent with it valid now and rooted in an installed
                // ManufacturerRootCertificate.
                X509Certificate signer;
                problem = ChainProblem(req.SigningCertificate, 3, nowMs, false, OcppEnum.ManufacturerRootCertificate, out signer);

                if (problem != null)
                {
                    status = OcppEnum.InvalidCertificate;
                    _security.Add(SecurityService.InvalidFirmwareSigningCertificate, problem, nowMs);
                }
                else if (DecodeSignature(req.Signature) == null)
                {
                    problem = "signature not Base64";
                }
            }

            if (problem != null)
            {
                // One line per refusal: the answer's status and why (InvalidCertificate: the signing certificate's problem).
                SecurityService.Log(_cp, OcppLogLevel.Warning, "SignedUpdateFirmware " + status + ": " + problem);
                return status;
            }

            ActiveRequestId = req.RequestId;
            _signingCertificate = req.SigningCertificate;
            _signature = req.Signature;
            var sb = new StringBuilder(256 + _signingCertificate.Length);
            sb.Append(ActiveRequestId.ToString()).Append('\n').Append(_signature).Append('\n');
            RecordText.Escape(sb, _signingCertificate, true);
            _cp.Storage.Write(SignedFirmwareRecordName, RecordText.SealedText(sb.ToString()));
            // As an UpdateFirmware (it reads location, retrieveDate, retries and retryInterval only); true: it replaced one in progress.
            bool replacing = Firmware.Request(req, nowMs);
            if (!_cp.Clock.IsSet || _cp.Clock.Now(nowMs).Ticks < req.RetrieveDate.Ticks)
            {
                Firmware.Notify(OcppEnum.DownloadScheduled); // through StatusCall: signed, with the requestId
            }

            return replacing ? OcppEnum.AcceptedCanceled : OcppEnum.Accepted;
        }

        /// <summary>The signed update is over or replaced (a plain UpdateFirmware arrived while no install runs).</summary>
        internal void Forget()
        {
            if (ActiveRequestId != None)
            {
                ActiveRequestId = None;
                _cp.Storage.Delete(SignedFirmwareRecordName);
            }
        }

        public void Begin(long nowMs)
        {
            if (ActiveRequestId == None)
            {
                _check = TransferState.Succeeded; // a plain UpdateFirmware (allowed while FirmwareSigningRequired is false)
                return;
            }

            _sha = new Sha256();
            _chunk = new byte[ChunkSize];
            _offset = 0;
            _check = TransferState.Running;
        }

        public int Poll(long nowMs)
        {
            if (_check != TransferState.Running)
            {
                return _check;
            }

            IFirmwareUpdater image = Firmware.Updater; // the download, read back
            int n = 0;
            for (int i = 0; i < ChunksPerPoll && (i == 0 || n > 0); i++)
            {
                n = image.ReadDownloaded(_offset, _chunk, ChunkSize);
                if (n > 0)
                {
                    _sha.Append(_chunk, 0, n);
                    _offset += n;
                }
            }

            if (n > 0)
            {
                return TransferState.Running;
            }

            // The whole download is hashed: verify its signature.
            var hash = new byte[Sha256.HashSize];
            _sha.Finish(hash);
            _sha = null;
            _chunk = null;
            if (image.DownloadedLength != _offset)
            {
                return Fail(OcppEnum.InstallVerificationFailed, null, "short read", nowMs);
            }

            bool valid;
            try
            {
                X509Certificate signer = (X509Certificate)ParseChain(_signingCertificate, 3)[0];
                byte[] signature = DecodeSignature(_signature);
                var ecdsa = new Ecdsa();
                valid = signer.PublicKey != null
                    && ecdsa.Verify(signer.PublicKey, hash, signature.Length == Ecdsa.SignatureSize ? signature : Ecdsa.FromDer(signature));
            }
            catch (Exception)
            {
                valid = false;
            }

            if (!valid)
            {
                return Fail(OcppEnum.InvalidSignature, SecurityService.InvalidFirmwareSignature, "bad signature", nowMs);
            }

            SecurityService.Log(_cp, OcppLogLevel.Info, "signature OK, bytes " + _offset.ToString());
            Firmware.Notify(OcppEnum.SignatureVerified);
            _check = TransferState.Succeeded;
            return _check;
        }

        private int Fail(string status, string eventType, string reason, long nowMs)
        {
            SecurityService.Log(_cp, OcppLogLevel.Warning, "SignedUpdateFirmware " + status + ": " + reason); // as the refusals of SignedUpdateFirmware
            if (eventType != null)
            {
                _security.Add(eventType, reason, nowMs);
            }

            Firmware.Notify(status); // still signed: the update is forgotten after it
            Forget();
            _check = TransferState.Failed;
            return _check;
        }

        /// <summary>
        /// <see cref="FirmwareService"/> (<see cref="IFirmwareCheck.StatusCall"/>) and ExtendedTriggerMessage(FirmwareStatusNotification): while a signed
        /// update runs, SignedFirmwareStatusNotification with its requestId; Idle (only a trigger asks with it: the update
        /// waits for its retrieveDateTime) is DownloadScheduled.
        /// </summary>
        public OutgoingCall StatusCall(string status, CallOutcomeHandler onOutcome)
        {
            if (ActiveRequestId == None)
            {
                return null;
            }

            var req = new StatusPayload(status == OcppEnum.Idle ? OcppEnum.DownloadScheduled : status);
            req.RequestId = ActiveRequestId;
            if (status == OcppEnum.Installed)
            {
                _installedOutcome = onOutcome;
                onOutcome = OnInstalledOutcome;
            }
            else if (status == OcppEnum.DownloadFailed || status == OcppEnum.InstallationFailed)
            {
                Forget();
            }

            return new OutgoingCall(OcppAction.SignedFirmwareStatusNotification, req, onOutcome);
        }

        /// <summary>The update is over once the Central System has the Installed; then the caller's handler runs.</summary>
        private void OnInstalledOutcome(int failure, object result, long nowMs)
        {
            if (failure == OutgoingCall.Answered)
            {
                Forget();
            }

            _installedOutcome?.Invoke(failure, result, nowMs);
        }

        private static byte[] DecodeSignature(string base64)
        {
            try
            {
                byte[] sig = Convert.FromBase64String(base64.Trim());
                return sig.Length > 0 ? sig : null;
            }
            catch (Exception)
            {
                return null;
            }
        }

    }
}
