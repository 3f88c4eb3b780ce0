namespace ChargePoint.Hal.Simulation
{
    /// <summary>An input pin whose logical level the test or the simulated hardware sets; a change raises <see cref="Changed"/> at once (like a pin interrupt).</summary>
    public sealed class SimulatedDigitalInput : IDigitalInput
    {
        private bool _value;

        public event DigitalInputChangedHandler? Changed;

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
                DigitalInputChangedHandler? changed = Changed;
                if (changed != null)
                {
                    changed(value);
                }
            }
        }
    }
}
