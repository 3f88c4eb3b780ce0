using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Diagnostics;
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
        private readonly RpcSession _session;
        private readonly IDiagnosticsUploader _diagnosticsLog;
        private readonly IDiagnosticsUploader _securityLog;
        private readonly UploadJob _job = new UploadJob();
        private int _requestId;

        public LogService(RpcSession session, IDiagnosticsUploader diagnosticsLog, IDiagnosticsUploader securityLog)
        {
            _session = session;
            _diagnosticsLog = diagnosticsLog;
            _securityLog = securityLog;
        }

        /// <summary>retryInterval when the request has none, s.</summary>
        public const int DefaultRetryIntervalSeconds = 60;

        /// <summary>UploadLogStatus for ExtendedTriggerMessage: Uploading while busy, Idle otherwise.</summary>
        public string Status => _job.IsBusy ? UploadLogStatusEnumType.Uploading : UploadLogStatusEnumType.Idle;

        /// <summary>requestId of the running upload (Absent.Int while idle).</summary>
        public int RequestId => _job.IsBusy ? _requestId : Absent.Int;

        /// <summary>GetLog.req: a LogStatus string; fileName is set when Accepted or AcceptedCanceled.</summary>
        public string Request(GetLogRequest req, out string fileName)
        {
            fileName = null;
            IDiagnosticsUploader uploader = req.LogType == LogEnumType.SecurityLog ? _securityLog : _diagnosticsLog;
            if (uploader == null)
            {
                return LogStatusEnumType.Rejected;
            }

            string name = uploader.PrepareFile(req.Log.OldestTimestamp, req.Log.LatestTimestamp);
            if (name == null)
            {
                return LogStatusEnumType.Rejected;
            }

            bool canceled = _job.IsBusy;
            _requestId = req.RequestId;
            // replaces a running upload; the new one starts in Tick, after GetLog.conf went out
            _job.Start(uploader, req.Log.RemoteLocation, name, req.Retries, req.RetryInterval, DefaultRetryIntervalSeconds);
            fileName = name;
            return canceled ? LogStatusEnumType.AcceptedCanceled : LogStatusEnumType.Accepted;
        }

        public void Tick(long nowMs)
        {
            switch (_job.Step(nowMs))
            {
                case UploadJob.Began:
                    Notify(UploadLogStatusEnumType.Uploading);
                    break;
                case UploadJob.Succeeded:
                    Notify(UploadLogStatusEnumType.Uploaded);
                    break;
                case UploadJob.Failed:
                    Notify(UploadLogStatusEnumType.UploadFailure);
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
