using System;
using System.Collections;

namespace ChargePoint.Ocpp.Platform
{
    /// <summary>
    /// The storage every store uses, plus the registry of records that failed their check. A store that finds its record
    /// corrupt calls <see cref="Report"/>: the bytes are moved aside to "&lt;name&gt;.corrupt" (only the latest copy per record
    /// is kept; the bad record itself is never overwritten in place), the loss is logged as a warning and remembered, and
    /// the store goes on with what it could recover or with defaults. The application reads <see cref="ReportName"/>
    /// and <see cref="ReportDetail"/> (console, StatusNotification). Without a StoreHealth (tests on a bare storage) the bytes are still
    /// moved aside.
    /// </summary>
    public sealed class StoreHealth : IStorage
    {
        public const string CorruptSuffix = ".corrupt";
        public const int MaxReports = 8;

        private readonly IStorage _inner;
        private readonly IOcppLog _log;

        // The reports since boot as (record name, detail) pairs; none until the first (most boots have none).
        private ArrayList _reports;

        public StoreHealth(IStorage inner, IOcppLog log)
        {
            _inner = inner;
            _log = log;
        }


        /// <summary>
        /// A store's record failed its check: move it aside, log and remember through the StoreHealth, or (a bare storage)
        /// through a throwaway one that only moves the bytes aside (a report is rare: one small object then).
        /// </summary>
        public static void Report(IStorage storage, string name, string detail)
        {
            ((storage as StoreHealth) ?? new StoreHealth(storage, null)).Quarantine(name, detail);
        }

        /// <summary>
        /// Copies the record to "&lt;name&gt;.corrupt" (replacing an older copy), deletes it, and records the report. A
        /// storage failure is swallowed: the report still stands and the store goes on with defaults.
        /// </summary>
        public void Quarantine(string name, string detail)
        {
            bool kept = false;
            try
            {
                byte[] data = _inner.Read(name);
                if (data != null)
                {
                    _inner.Write(name + CorruptSuffix, data);
                    _inner.Delete(name);
                    kept = true;
                }
            }
            catch (Exception)
            {
                kept = false; // the report still stands; the store goes on with defaults
            }

            bool known = false;
            for (int i = 0; i < Reports && !known; i++)
            {
                known = ReportName(i) == name;
            }

            if (!known && Reports < MaxReports)
            {
                _reports = _reports ?? new ArrayList();
                _reports.Add(name);
                _reports.Add(detail);
            }

            if (_log != null)
            {
                _log.Log(OcppLogLevel.Warning, name + " corrupt: " + detail + (kept ? " (kept as " + CorruptSuffix + ")" : string.Empty));
            }
        }

        /// <summary>The number of corrupt records reported since boot (at most <see cref="MaxReports"/>).</summary>
        public int Reports => _reports == null ? 0 : _reports.Count / 2;

        /// <summary>The name of the i-th corrupt record reported, in report order.</summary>
        public string ReportName(int i) => (string)_reports[2 * i];

        /// <summary>What was lost and what was recovered for the i-th report, e.g. "restored from mirror".</summary>
        public string ReportDetail(int i) => (string)_reports[2 * i + 1];

        public byte[] Read(string name) => _inner.Read(name);

        public int ReadAt(string name, int offset, byte[] buffer, int count) => _inner.ReadAt(name, offset, buffer, count);

        public void Write(string name, byte[] data) => _inner.Write(name, data);

        public void Append(string name, byte[] data, int offset, int count) => _inner.Append(name, data, offset, count);

        public void Delete(string name) => _inner.Delete(name);

        public bool Exists(string name) => _inner.Exists(name);

        public string[] List() => _inner.List();
    }
}
