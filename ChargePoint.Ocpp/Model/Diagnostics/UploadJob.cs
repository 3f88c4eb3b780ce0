using ChargePoint.Ocpp.Model.Firmware;

namespace ChargePoint.Ocpp.Model.Diagnostics
{
    /// <summary>
    /// One file upload through an <see cref="IDiagnosticsUploader"/> with retries × retryInterval, shared by GetDiagnostics
    /// and GetLog. <see cref="Start"/> arms it; the first attempt begins at the next <see cref="Step"/> (after the .conf went
    /// out). <see cref="Step"/> returns what the owner must report, so each service keeps its own messages and statuses.
    /// Starting again while busy replaces the running upload (it is no longer polled).
    /// </summary>
    public sealed class UploadJob
    {
        /// <summary><see cref="Step"/>: nothing to report.</summary>
        public const int None = 0;

        /// <summary><see cref="Step"/>: the first attempt began (report Uploading).</summary>
        public const int Began = 1;

        /// <summary><see cref="Step"/>: the upload succeeded; the job is idle again.</summary>
        public const int Succeeded = 2;

        /// <summary><see cref="Step"/>: the last attempt failed; the job is idle again.</summary>
        public const int Failed = 3;

        private const int Idle = 0;
        private const int Starting = 1;
        private const int Uploading = 2;
        private const int RetryWait = 3;

        private IDiagnosticsUploader _uploader;
        private int _phase;
        private string _location = string.Empty;
        private string _fileName = string.Empty;
        private int _retriesLeft;
        private int _retryIntervalS;
        private long _retryAtMs;

        public bool IsBusy => _phase != Idle;

        /// <summary>
        /// Arms an upload of a prepared file. retries and retryIntervalS come from the request (Absent.Int = 0 retries,
        /// defaultRetryIntervalS).
        /// </summary>
        public void Start(IDiagnosticsUploader uploader, string location, string fileName, int retries, int retryIntervalS, int defaultRetryIntervalS)
        {
            _uploader = uploader;
            _location = location;
            _fileName = fileName;
            _retriesLeft = retries == Absent.Int ? 0 : retries;
            _retryIntervalS = retryIntervalS == Absent.Int ? defaultRetryIntervalS : retryIntervalS;
            _phase = Starting;
        }

        /// <summary>Advances the upload; returns <see cref="None"/>, <see cref="Began"/>, <see cref="Succeeded"/> or <see cref="Failed"/>.</summary>
        public int Step(long nowMs)
        {
            if (_uploader == null)
            {
                return None;
            }

            switch (_phase)
            {
                case Starting:
                    _uploader.BeginUpload(_location, _fileName, nowMs);
                    _phase = Uploading;
                    return Began;
                case Uploading:
                    int state = _uploader.PollUpload(nowMs);
                    if (state == TransferState.Succeeded)
                    {
                        _phase = Idle;
                        return Succeeded;
                    }

                    if (state == TransferState.Failed)
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
                            return Failed;
                        }
                    }

                    return None;
                case RetryWait:
                    if (nowMs >= _retryAtMs)
                    {
                        _uploader.BeginUpload(_location, _fileName, nowMs);
                        _phase = Uploading;
                    }

                    return None;
            }

            return None;
        }
    }
}
