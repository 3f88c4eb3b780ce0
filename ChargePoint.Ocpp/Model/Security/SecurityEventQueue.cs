using System;
using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Reliable delivery of SecurityEventNotification (Security Whitepaper §4.1: critical events are queued and
    /// delivered). Separate from the transaction journal: one small record (<see cref="RecordName"/>, replaced
    /// atomically on every change, one "utcMs\ttype\ttechInfo" line per event), at most
    /// <see cref="MaxQueuedEvents"/> events (the oldest is dropped when full). One event is in flight at a
    /// time, once the registration is Accepted; ordinary calls may overtake it. It leaves the record only when the
    /// Central System confirms it, or when the Central System refuses it for good: a CallError that
    /// <see cref="CallErrorCode.IsPermanent"/> (NotImplemented/NotSupported from a Central System without the Security
    /// Whitepaper, or a code calling the request malformed) drops the event with a warning and the next one goes out,
    /// instead of resending it forever and blocking the events behind it. Any other CallError or a timeout retries after
    /// <see cref="RetryIntervalMs"/>, a lost connection at once after the reconnect, a reboot from the record. An event recorded before the clock was
    /// set, or with <see cref="UnknownTime"/>, is stamped at the first Tick with the clock set.
    /// </summary>
    public sealed class SecurityEventQueue : ITickable
    {
        public const string RecordName = "sec.events";

        /// <summary>nowMs for <see cref="Add"/> from code that has no time (configuration changes): stamped at the next Tick.</summary>
        public const long UnknownTime = -1;

        /// <summary>Wait after a CallError or a timeout before the event is sent again, ms.</summary>
        public const long RetryIntervalMs = 60000;

        /// <summary>Unconfirmed security events kept on flash; when full the oldest is dropped.</summary>
        public int MaxQueuedEvents = 32;

        private readonly IStorage _storage;
        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly IOcppLog _log;
        // The queued events as the requests that carry them (sent as they are: no copy per attempt); a Timestamp at
        // UtcMs 0 is not stamped yet (the clock was not set, or it was recorded outside a loop pass).
        private readonly ArrayList _events = new ArrayList();
        private SecurityEventNotificationRequest _inFlight;
        private long _retryAtMs;

        public SecurityEventQueue(IStorage storage, RpcSession session, OcppClock clock, IOcppLog log)
        {
            _storage = storage;
            _session = session;
            _clock = clock;
            _log = log;
            // Load the stored record (a return ends the constructor).
            string[] lines;
            try
            {
                lines = RecordText.ReadLines(_storage, RecordName, "queued security events lost", true);
            }
            catch (Exception e)
            {
                Log(OcppLogLevel.Error, "cannot read security events: " + e.Message);
                return;
            }

            if (lines == null)
            {
                return;
            }

            for (int i = 0; i < lines.Length; i++)
            {
                var parts = lines[i].Split(new char[] { '\t' });
                long utcMs;
                if (parts.Length != 3 || parts[1].Length == 0 || !long.TryParse(parts[0], out utcMs) || utcMs < 0)
                {
                    continue; // an empty tail line, or a line this version does not understand
                }

                var ev = new SecurityEventNotificationRequest(RecordText.Unescape(parts[1], true), UtcTime.ToDateTime(utcMs));
                ev.TechInfo = parts[2].Length > 0 && parts[2][0] == '+' ? RecordText.Unescape(parts[2].Substring(1), true) : null;
                _events.Add(ev);
            }
        }

        /// <summary>Events not yet confirmed by the Central System.</summary>
        public int Count => _events.Count;

        /// <summary>Events dropped in this boot because the queue was full (counted here; a field to keep the image small).</summary>
        public int Dropped;

        /// <summary>Events dropped in this boot because the Central System refused them permanently (<see cref="CallErrorCode.IsPermanent"/>).</summary>
        public int Refused;

        /// <summary>The queued event at index (0 = the oldest), as the request that carries it.</summary>
        public SecurityEventNotificationRequest At(int index) => (SecurityEventNotificationRequest)_events[index];

        /// <summary>Queues an event and persists it before returning.</summary>
        public void Add(string type, string techInfo, long nowMs)
        {
            long utcMs = nowMs != UnknownTime ? _clock.UtcMs(nowMs) : 0;
            if (_events.Count >= MaxQueuedEvents && _events.Count > 0)
            {
                var oldest = At(0);
                _events.RemoveAt(0);
                Dropped++;
                Log(OcppLogLevel.Warning, "security event queue full, dropped " + oldest.Type);
            }

            var ev = new SecurityEventNotificationRequest(type, UtcTime.ToDateTime(utcMs));
            ev.TechInfo = techInfo;
            _events.Add(ev);
            Save();
        }

        public void Tick(long nowMs)
        {
            if (_clock.IsSet)
            {
                // Stamp the events queued before the clock was set.
                bool changed = false;
                for (int i = 0; i < _events.Count; i++)
                {
                    var ev = At(i);
                    if (UtcTime.ToMs(ev.Timestamp) == 0)
                    {
                        ev.Timestamp = UtcTime.ToDateTime(_clock.UtcMs(nowMs));
                        changed = true;
                    }
                }

                if (changed)
                {
                    Save();
                }
            }

            if (_inFlight != null || _events.Count == 0 || nowMs < _retryAtMs || !_session.IsConnected || _session.Gate != RpcSession.GateOpen || !_clock.IsSet)
            {
                return;
            }

            var first = At(0);
            if (_session.Enqueue(new RequestCall(OcppAction.SecurityEventNotification, first, OnOutcome)))
            {
                _inFlight = first;
            }
        }

        /// <summary>
        /// Takes the event in flight off the queue when confirmed (one event is sent at a time) or refused for good;
        /// otherwise it is sent again later.
        /// </summary>
        private void OnOutcome(int failure, object result, long nowMs)
        {
            SecurityEventNotificationRequest ev = _inFlight;
            _inFlight = null;
            bool refused = ev != null && failure == OutgoingCall.CallError && CallErrorCode.IsPermanent((string)result);
            if (failure != OutgoingCall.Answered && !refused)
            {
                _retryAtMs = failure == OutgoingCall.Aborted ? 0 : nowMs + RetryIntervalMs;
                return;
            }

            int i = _events.IndexOf(ev);
            if (i >= 0)
            {
                _events.RemoveAt(i);
                Save();
            }

            if (refused)
            {
                // Resending the same request cannot succeed: dropped so that the events behind it are delivered.
                Refused++;
                _retryAtMs = 0;
                Log(OcppLogLevel.Warning, "security event " + ev.Type + " dropped: the Central System answered " + (string)result + " (permanent)");
            }
        }

        private void Save()
        {
            var sb = new StringBuilder(64 * _events.Count + 1);
            for (int i = 0; i < _events.Count; i++)
            {
                var ev = At(i);
                sb.Append(UtcTime.ToMs(ev.Timestamp).ToString()).Append('\t');
                RecordText.Escape(sb, ev.Type, true);
                sb.Append('\t');
                if (ev.TechInfo != null)
                {
                    sb.Append('+');
                    RecordText.Escape(sb, ev.TechInfo, true);
                }

                sb.Append('\n');
            }

            try
            {
                _storage.Write(RecordName, RecordText.Seal(RecordText.PlainBytes(sb)));
            }
            catch (Exception e)
            {
                // The events stay queued in RAM and are still delivered in this boot.
                Log(OcppLogLevel.Error, "cannot save security events: " + e.Message);
            }
        }

        private void Log(int level, string message)
        {
            if (_log != null)
            {
                _log.Log(level, message);
            }
        }
    }
}
