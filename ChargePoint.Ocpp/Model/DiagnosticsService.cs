using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// One file upload through an <see cref="IDiagnosticsUploader"/> with retries × retryInterval, for GetDiagnostics or
    /// (a second instance) GetLog. The upload begins at the next <see cref="Tick"/>, after the .conf went out.
    /// - GetDiagnostics (Spec §5.9, §4.4): names the file in the response, then DiagnosticsStatusNotification
    ///   Uploading → Uploaded, or UploadFailed after the last attempt. A request while an upload runs gets no fileName
    ///   (nothing new is uploaded).
    /// - GetLog (Security Whitepaper §4.5): DiagnosticsLog and SecurityLog through an uploader each (null = that log
    ///   cannot be uploaded: Rejected). Accepted with the file name, then LogStatusNotification Uploading → Uploaded, or
    ///   UploadFailure, each with the requestId. A request while an upload runs cancels it (no further notification for
    ///   it) and answers AcceptedCanceled. Nothing to upload (PrepareFile gives no name) is Rejected.
    /// <see cref="Status"/> is what (Extended)TriggerMessage reports: "Uploading" while busy, "Idle" otherwise (the
    /// same strings in DiagnosticsStatus and UploadLogStatusEnumType).
    /// </summary>
    public sealed class DiagnosticsService : ITickable
    {
        /// <summary>retryInterval when the request has none, s.</summary>
        public const int DefaultRetryIntervalSeconds = 60;

        private const int Idle = 0;
        private const int Starting = 1;
        private const int Uploading = 2;
        private const int RetryWait = 3;

        private readonly RpcSession _session;
        private readonly IDiagnosticsUploader _uploader;
        private readonly IDiagnosticsUploader _securityLog;
        private readonly bool _getLog;
        private IDiagnosticsUploader _active;
        private int _phase;
        private string _location = string.Empty;
        private string _fileName = string.Empty;
        private int _retriesLeft;
        private int _retryIntervalS;
        private long _retryAtMs;
        private int _requestId;

        /// <param name="uploader">GetDiagnostics' file, or GetLog's DiagnosticsLog (null: Rejected).</param>
        /// <param name="securityLog">GetLog's SecurityLog (null: Rejected).</param>
        /// <param name="getLog">True: this instance serves GetLog (LogStatusNotification), else GetDiagnostics.</param>
        public DiagnosticsService(RpcSession session, IDiagnosticsUploader uploader, IDiagnosticsUploader securityLog, bool getLog)
        {
            _session = session;
            _uploader = uploader;
            _securityLog = securityLog;
            _getLog = getLog;
        }

        public string Status => _phase != Idle ? OcppEnum.Uploading : OcppEnum.Idle;

        /// <summary>GetLog: requestId of the running upload (Absent.Int while idle).</summary>
        public int RequestId => _phase != Idle ? _requestId : Absent.Int;

        /// <summary>
        /// GetDiagnostics.req or GetLog.req; fileName is set when the file goes out. GetDiagnostics: nothing new while an
        /// upload runs (null, no fileName). GetLog: a LogStatus string (Rejected when there is nothing to upload); a running
        /// upload is replaced (AcceptedCanceled). One method for both: they differ in these two lines only.
        /// </summary>
        public string Request(UpdateFirmwareRequest req, out string fileName)
        {
            fileName = null;
            bool canceled = _phase != Idle;
            if (canceled && !_getLog)
            {
                return null;
            }

            IDiagnosticsUploader uploader = req.LogType == OcppEnum.SecurityLog ? _securityLog : _uploader;
            string name = uploader == null ? null : uploader.PrepareFile(req.StartTime, req.StopTime);
            if (name == null)
            {
                return OcppEnum.Rejected;
            }

            // Arms the upload (retries Absent.Int = 0, retryInterval Absent.Int = the default); it begins at the next Tick.
            _requestId = req.RequestId;
            _active = uploader;
            _location = req.Location;
            _fileName = name;
            _retriesLeft = req.Retries == Absent.Int ? 0 : req.Retries;
            _retryIntervalS = req.RetryInterval == Absent.Int ? DefaultRetryIntervalSeconds : req.RetryInterval;
            _phase = Starting;
            fileName = name;
            return canceled ? OcppEnum.AcceptedCanceled : OcppEnum.Accepted;
        }

        public void Tick(long nowMs)
        {
            switch (_phase)
            {
                case Uploading:
                    int state = _active.PollUpload(nowMs);
                    if (state == TransferState.Succeeded)
                    {
                        _phase = Idle;
                        Notify(OcppEnum.Uploaded);
                    }
                    else if (state == TransferState.Failed)
                    {
                        if (_retriesLeft > 0)
                        {
                            _retriesLeft--;
                            _retryAtMs = nowMs + _retryIntervalS * 1000L;
                            _phase = RetryWait;
                        }
                        else
                        {
                            _phase = Idle;
                            Notify(_getLog ? OcppEnum.UploadFailure : OcppEnum.UploadFailed);
                        }
                    }

                    break;
                case Starting: // Uploading is notified once, not again for a retry
                case RetryWait:
                    bool starting = _phase == Starting;
                    if (starting || nowMs >= _retryAtMs)
                    {
                        _active.BeginUpload(_location, _fileName, nowMs);
                        _phase = Uploading;
                        if (starting)
                        {
                            Notify(OcppEnum.Uploading);
                        }
                    }

                    break;
            }
        }

        private void Notify(string status)
        {
            var payload = new StatusPayload(status);
            if (_getLog)
            {
                payload.RequestId = _requestId;
            }

            _session.Enqueue(new OutgoingCall(_getLog ? OcppAction.LogStatusNotification : OcppAction.DiagnosticsStatusNotification, payload, null));
        }
    }
}
