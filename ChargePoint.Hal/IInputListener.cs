namespace ChargePoint.Hal
{
    /// <summary>
    /// Told when a digital input's level changes, from the platform's pin-change path (the safety interlock). One
    /// listener per input, set on <see cref="IDigitalInput.Listener"/>: an interface the listener implements instead of
    /// a delegate type and an event (fewer rows in the .pe).
    /// </summary>
    public interface IInputListener
    {
        /// <summary>The input's level changed; read <see cref="IDigitalInput.Value"/> for the level now. Short and thread-safe.</summary>
        void InputChanged(IDigitalInput input);
    }
}
