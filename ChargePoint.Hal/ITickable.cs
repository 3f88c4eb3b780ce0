namespace ChargePoint.Hal
{
    /// <summary>Something that advances in the cooperative main loop. No threads and no sleeps: all timing uses nowMs.</summary>
    public interface ITickable
    {
        void Tick(long nowMs);
    }
}
