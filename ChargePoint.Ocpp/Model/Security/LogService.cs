using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Diagnostics;
using ChargePoint.Ocpp.Model.Firmware;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Security
{
    /// <summary>
    /// GetLog (Security Whitepaper §4.5): DiagnosticsLog and SecurityLog through the platform's
    /// <see cref="IDiagnosticsUploader"/> for each (null = that log cannot be uploaded: Rejected). Accepted with the file
    /// name, then LogStatusNotification Uploading → Uploaded, or UploadFailure after retries × retryInterval, each with the
    /// requestId. A request while an upload runs cancels it (no further notification for it) and answers AcceptedCanceled.
    /// Nothing to upload (PrepareFile gives no name) is Rejected. <see cref="Status"/> feeds ExtendedTriggerMessage.
    /// </summary>
    public sealed class LogService : ITickable
    {
        private const int Idle = 0;
        private const int Starting = 1;
        private const int Uploading = 2;
        private const int RetryWait = 3;

        private readonly RpcSession _session;
        private readonly IDiagnosticsUploader? _diagnosticsLog;
        private readonly IDiagnosticsUploader? _securityLog;
        private IDiagnosticsUploader? _uploader;
        private int _phase;
        private int _requestId;
        private string _location = string.Empty;
        private string _fileName = string.Empty;
        private int _retriesLeft;
        private int _retryIntervalS;
        private long _retryAtMs;

        public LogService(RpcSession session, IDiagnosticsUploader? diagnosticsLog, IDiagnosticsUploader? securityLog)
        {
            _session = session;
            _diagnosticsLog = diagnosticsLog;
            _securityLog = securityLog;
        }

        /// <summary>retryInterval when the request has none, s.</summary>
        public int DefaultRetryIntervalSeconds { get; set; } = 60;

        public bool IsUploading => _phase != Idle;

        /// <summary>UploadLogStatus for ExtendedTriggerMessage: Uploading while busy, Idle otherwise.</summary>
        public string Status => _phase == Idle ? UploadLogStatusEnumType.Idle : UploadLogStatusEnumType.Uploading;

        /// <summary>requestId of the running upload (Absent.Int while idle).</summary>
        public int RequestId => _phase == Idle ? Absent.Int : _requestId;

        /// <summary>GetLog.req: a LogStatus string; fileName is set when Accepted or AcceptedCanceled.</summary>
        public string Request(GetLogRequest req, out string? fileName)
        {
            fileName = null;
            IDiagnosticsUploader? uploader = req.LogType == LogEnumType.SecurityLog ? _securityLog : _diagnosticsLog;
            if (uploader == null)
            {
                return LogStatusEnumType.Rejected;
            }

            string? name = uploader.PrepareFile(req.Log.OldestTimestamp, req.Log.LatestTimestamp);
            if (name == null)
            {
                return LogStatusEnumType.Rejected;
            }

            bool canceled = _phase != Idle;
            _uploader = uploader;
            _fileName = name;
            _location = req.Log.RemoteLocation;
            _requestId = req.RequestId;
            _retriesLeft = req.Retries == Absent.Int ? 0 : req.Retries;
            _retryIntervalS = req.RetryInterval == Absent.Int ? DefaultRetryIntervalSeconds : req.RetryInterval;
            _phase = Starting; // the upload starts in Tick, after GetLog.conf went out
            fileName = name;
            return canceled ? LogStatusEnumType.AcceptedCanceled : LogStatusEnumType.Accepted;
        }

        public void Tick(long nowMs)
        {
            if (_uploader == null)
            {
                return;
            }

            switch (_phase)
            {
                case Starting:
                    _uploader.BeginUpload(_location, _fileName, nowMs);
                    _phase = Uploading;
                    Notify(UploadLogStatusEnumType.Uploading);
                    break;
                case Uploading:
                    int state = _uploader.PollUpload(nowMs);
                    if (state == TransferState.Succeeded)
                    {
                        _phase = Idle;
                        Notify(UploadLogStatusEnumType.Uploaded);
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
                            Notify(UploadLogStatusEnumType.UploadFailure);
                        }
                    }

                    break;
                case RetryWait:
                    if (nowMs >= _retryAtMs)
                    {
                        _uploader.BeginUpload(_location, _fileName, nowMs);
                        _phase = Uploading;
                    }

                    break;
            }
        }

        private void Notify(string status)
        {
            var req = new LogStatusNotificationRequest(status);
            req.RequestId = _requestId;
            _session.Enqueue(new RequestCall(OcppAction.LogStatusNotification, req, null, null));
        }
    }
}
