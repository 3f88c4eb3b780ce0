using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Firmware;
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
        private const int Idle = 0;
        private const int Starting = 1;
        private const int Uploading = 2;
        private const int RetryWait = 3;

        private readonly RpcSession _session;
        private readonly IDiagnosticsUploader _uploader;
        private int _phase;
        private string _location = string.Empty;
        private string _fileName = string.Empty;
        private int _retriesLeft;
        private int _retryIntervalS;
        private long _retryAtMs;

        public DiagnosticsService(RpcSession session, IDiagnosticsUploader uploader)
        {
            _session = session;
            _uploader = uploader;
        }

        /// <summary>retryInterval when the request has none, s.</summary>
        public int DefaultRetryIntervalSeconds { get; set; } = 60;

        /// <summary>DiagnosticsStatus for TriggerMessage: Uploading while busy, Idle otherwise.</summary>
        public string Status => _phase == Idle ? DiagnosticsStatus.Idle : DiagnosticsStatus.Uploading;

        /// <summary>GetDiagnostics.req: the fileName for the response, or null when there is nothing to upload or an upload runs.</summary>
        public string? Request(GetDiagnosticsRequest req, long nowMs)
        {
            if (_phase != Idle)
            {
                return null;
            }

            string? fileName = _uploader.PrepareFile(req.StartTime, req.StopTime);
            if (fileName == null)
            {
                return null;
            }

            _fileName = fileName;
            _location = req.Location;
            _retriesLeft = req.Retries == Absent.Int ? 0 : req.Retries;
            _retryIntervalS = req.RetryInterval == Absent.Int ? DefaultRetryIntervalSeconds : req.RetryInterval;
            _phase = Starting; // the upload starts in Tick, after GetDiagnostics.conf went out
            return fileName;
        }

        public void Tick(long nowMs)
        {
            switch (_phase)
            {
                case Starting:
                    _uploader.BeginUpload(_location, _fileName, nowMs);
                    _phase = Uploading;
                    Notify(DiagnosticsStatus.Uploading);
                    break;
                case Uploading:
                    int state = _uploader.PollUpload(nowMs);
                    if (state == TransferState.Succeeded)
                    {
                        _phase = Idle;
                        Notify(DiagnosticsStatus.Uploaded);
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
                            Notify(DiagnosticsStatus.UploadFailed);
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
            _session.Enqueue(new RequestCall(OcppAction.DiagnosticsStatusNotification, new DiagnosticsStatusNotificationRequest(status), null, null));
        }
    }
}
