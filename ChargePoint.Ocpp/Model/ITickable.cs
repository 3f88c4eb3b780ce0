namespace ChargePoint.Ocpp.Model
{
    /// <summary>A service advanced by the composition's cooperative loop.</summary>
    public interface ITickable
    {
        void Tick(long nowMs);
    }
}
