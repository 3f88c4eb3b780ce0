using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Diagnostics
{
    /// <summary>
    /// GetDiagnostics (Spec §5.9, §4.4): names the file in the response, then uploads it through
    /// <see cref="IDiagnosticsUploader"/> with retries × retryInterval and reports DiagnosticsStatusNotification
    /// Uploading → Uploaded, or UploadFailed after the last attempt. A request while an upload runs gets no fileName
    /// (nothing new is uploaded). <see cref="Status"/> is what TriggerMessage(DiagnosticsStatusNotification) reports.
    /// </summary>
    public sealed class DiagnosticsService : ITickable
    {
        private readonly RpcSession _session;
        private readonly IDiagnosticsUploader _uploader;
        private readonly UploadJob _job = new UploadJob();

        public DiagnosticsService(RpcSession session, IDiagnosticsUploader uploader)
        {
            _session = session;
            _uploader = uploader;
        }

        /// <summary>retryInterval when the request has none, s.</summary>
        public const int DefaultRetryIntervalSeconds = 60;

        /// <summary>DiagnosticsStatus for TriggerMessage: Uploading while busy, Idle otherwise.</summary>
        public string Status => _job.IsBusy ? DiagnosticsStatus.Uploading : DiagnosticsStatus.Idle;

        /// <summary>GetDiagnostics.req: the fileName for the response, or null when there is nothing to upload or an upload runs.</summary>
        public string Request(GetDiagnosticsRequest req, long nowMs)
        {
            if (_job.IsBusy)
            {
                return null;
            }

            string fileName = _uploader.PrepareFile(req.StartTime, req.StopTime);
            if (fileName == null)
            {
                return null;
            }

            // the upload starts in Tick, after GetDiagnostics.conf went out
            _job.Start(_uploader, req.Location, fileName, req.Retries, req.RetryInterval, DefaultRetryIntervalSeconds);
            return fileName;
        }

        public void Tick(long nowMs)
        {
            switch (_job.Step(nowMs))
            {
                case UploadJob.Began:
                    Notify(DiagnosticsStatus.Uploading);
                    break;
                case UploadJob.Succeeded:
                    Notify(DiagnosticsStatus.Uploaded);
                    break;
                case UploadJob.Failed:
                    Notify(DiagnosticsStatus.UploadFailed);
                    break;
            }
        }

        private void Notify(string status)
        {
            _session.Enqueue(new RequestCall(OcppAction.DiagnosticsStatusNotification, new StatusPayload(status), null, null));
        }
    }
}
