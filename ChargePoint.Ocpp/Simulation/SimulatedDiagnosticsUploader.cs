namespace ChargePoint.Ocpp.Model
{
    /// <summary>An <see cref="IDiagnosticsUploader"/> in simulated time: configurable file name, duration and failures.</summary>
    public sealed class SimulatedDiagnosticsUploader : IDiagnosticsUploader
    {
        private long _doneAtMs;
        private bool _fails;

        /// <summary>The file PrepareFile names; null = nothing to upload.</summary>
        public string? FileName { get; set; } = "diagnostics.log";

        public long UploadMs { get; set; } = 5000;

        /// <summary>How many of the next upload attempts fail.</summary>
        public int FailingUploads { get; set; }

        public int Uploads { get; private set; }

        public string? LastLocation { get; private set; }

        public string? PrepareFile(UtcTimestamp? startTime, UtcTimestamp? stopTime) => FileName;

        public void BeginUpload(string location, string fileName, long nowMs)
        {
            Uploads++;
            LastLocation = location;
            _doneAtMs = nowMs + UploadMs;
            _fails = FailingUploads > 0;
            if (_fails)
            {
                FailingUploads--;
            }
        }

        public int PollUpload(long nowMs)
        {
            if (nowMs < _doneAtMs)
            {
                return TransferState.Running;
            }

            return _fails ? TransferState.Failed : TransferState.Succeeded;
        }
    }
}
