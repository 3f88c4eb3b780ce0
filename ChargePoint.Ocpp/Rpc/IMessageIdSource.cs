namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>Unique message ids (at most 36 characters), unique across reconnects and reboots (J-Errata 3.1/3.7).</summary>
    public interface IMessageIdSource
    {
        string Next();
    }
}
