namespace ChargePoint.Hal.Simulation
{
    /// <summary>An output pin whose level tests can read back and whose writes they can count.</summary>
    public sealed class SimulatedDigitalOutput : IDigitalOutput
    {
        private bool _value;

        public int WriteCount { get; private set; }

        public bool Value
        {
            get { return _value; }
            set
            {
                _value = value;
                WriteCount++;
            }
        }
    }
}
