namespace ChargePoint.Hal.Simulation
{
    /// <summary>An input pin whose logical level the test or the simulated hardware sets; a change calls its <see cref="Listener"/> at once (like a pin interrupt).</summary>
    public sealed class SimulatedDigitalInput : IDigitalInput
    {
        private bool _value;

        private ChargePoint.Hal.Drivers.Contactor? _listener;

        public ChargePoint.Hal.Drivers.Contactor? Listener
        {
            set { _listener = value; }
        }

        public bool Value
        {
            get { return _value; }
            set
            {
                if (value == _value)
                {
                    return;
                }

                _value = value;
                ChargePoint.Hal.Drivers.Contactor? listener = _listener;
                if (listener != null)
                {
                    listener.InputChanged(this);
                }
            }
        }
    }
}
