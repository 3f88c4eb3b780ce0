using System;
using System.Collections;
using ChargePoint.Firmware.Update;
using ChargePoint.Ocpp;

namespace ChargePoint.Firmware.Platform
{
    /// <summary>
    /// What the ESP32 and host HTTP transfers share (compiled by both builds of the executable): a bounded queue of
    /// downloaded chunks read by the main loop, and attempt numbers so that a replaced transfer's late chunks and
    /// result are ignored. The transfer runs the request on its own worker and feeds <see cref="Offer"/> and
    /// <see cref="End"/>; every member here holds <see cref="Gate"/>. Each build adds its half, with the queue's bound
    /// (QueueLimit): on the ESP32 the HTTP transfer itself (Esp32Only/Platform/ChunkedTransfer.Esp32.cs: one type in the .pe,
    /// its worker polls the queue); on the host the abstract base of HostHttpTransfer (HostOnly/ChunkedTransfer.Host.cs:
    /// it wakes a waiting worker and abandons an attempt).
    /// </summary>
    public partial class ChunkedTransfer : IFileTransfer
    {
        /// <summary><see cref="Offer"/>'s answers.</summary>
        protected const int Queued = 0;
        protected const int QueueFull = 1;
        protected const int Replaced = 2;

        protected readonly object Gate = new object();

        private readonly ArrayList _chunks = new ArrayList();
        private int _attempt;
        private int _state = TransferState.Failed;
        private string _error = string.Empty;
        private byte[] _partial;
        private int _partialOffset;

        public int State
        {
            get
            {
                lock (Gate)
                {
                    return _state == TransferState.Succeeded && (_chunks.Count > 0 || _partial != null) ? TransferState.Running : _state;
                }
            }
        }

        public string Error
        {
            get
            {
                lock (Gate)
                {
                    return _error;
                }
            }
        }

        public int Read(byte[] buffer)
        {
            lock (Gate)
            {
                int n = 0;
                while (n < buffer.Length)
                {
                    if (_partial == null)
                    {
                        if (_chunks.Count == 0)
                        {
                            break;
                        }

                        _partial = (byte[])_chunks[0];
                        _chunks.RemoveAt(0);
                        _partialOffset = 0;
                        QueueChanged();
                    }

                    int take = buffer.Length - n < _partial.Length - _partialOffset ? buffer.Length - n : _partial.Length - _partialOffset;
                    Array.Copy(_partial, _partialOffset, buffer, n, take);
                    n += take;
                    _partialOffset += take;
                    if (_partialOffset == _partial.Length)
                    {
                        _partial = null;
                    }
                }

                return n;
            }
        }

        /// <summary>The failure of a body that ended before its Content-Length (negative: none), or null when it did not.</summary>
        protected static string ShortBody(long expected, long total)
        {
            return expected >= 0 && expected != total ? "response ended after " + total.ToString() + " of " + expected.ToString() + " bytes" : null;
        }

        /// <summary>Starts a new attempt, dropping the previous one's chunks and result; its number for the worker.</summary>
        protected int NewAttempt()
        {
            lock (Gate)
            {
                _chunks.Clear();
                _partial = null;
                _state = TransferState.Running;
                _error = string.Empty;
                QueueChanged();
                return ++_attempt;
            }
        }

        /// <summary>
        /// Queues the count downloaded bytes at the start of chunk (a fresh buffer per read; a short read is copied to its
        /// length when queued): <see cref="Queued"/>, <see cref="QueueFull"/> (try again later) or <see cref="Replaced"/>.
        /// </summary>
        protected int Offer(int attempt, byte[] chunk, int count)
        {
            lock (Gate)
            {
                if (attempt != _attempt)
                {
                    return Replaced;
                }

                if (_chunks.Count >= QueueLimit)
                {
                    return QueueFull;
                }

                if (count != chunk.Length)
                {
                    var shorter = new byte[count];
                    Array.Copy(chunk, 0, shorter, 0, count);
                    chunk = shorter;
                }

                _chunks.Add(chunk);
                return Queued;
            }
        }

        /// <summary>Ends the attempt (null error: succeeded once its chunks are read); ignored when it is stale or ended (no longer Running).</summary>
        protected void End(int attempt, string error)
        {
            lock (Gate)
            {
                if (attempt != _attempt || _state != TransferState.Running)
                {
                    return;
                }

                _state = error == null ? TransferState.Succeeded : TransferState.Failed;
                _error = error ?? string.Empty;
                if (error != null)
                {
                    _chunks.Clear();
                    _partial = null;
                }
            }
        }

        /// <summary>
        /// Called under <see cref="Gate"/> when queue room or the attempt changed (a waiting worker may go on). A partial
        /// method: implemented by the host's half only; on the ESP32 it and its calls are not compiled.
        /// </summary>
        partial void QueueChanged();
    }
}
