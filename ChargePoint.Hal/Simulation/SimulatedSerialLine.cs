using System;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>A serial line whose far end is the test: <see cref="Inject"/> what the peer sends, <see cref="TakeSent"/> what we sent.</summary>
    public sealed class SimulatedSerialLine : ISerialLine
    {
        private byte[] _rx = new byte[0];
        private byte[] _tx = new byte[0];

        public int BytesToRead
        {
            get { return _rx.Length; }
        }

        public void Inject(byte[] data)
        {
            _rx = Concat(_rx, data, 0, data.Length);
        }

        public byte[] TakeSent()
        {
            var sent = _tx;
            _tx = new byte[0];
            return sent;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int n = count < _rx.Length ? count : _rx.Length;
            Array.Copy(_rx, 0, buffer, offset, n);
            var rest = new byte[_rx.Length - n];
            Array.Copy(_rx, n, rest, 0, rest.Length);
            _rx = rest;
            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            _tx = Concat(_tx, buffer, offset, count);
        }

        private static byte[] Concat(byte[] a, byte[] b, int offset, int count)
        {
            var r = new byte[a.Length + count];
            Array.Copy(a, r, a.Length);
            Array.Copy(b, offset, r, a.Length, count);
            return r;
        }
    }
}
