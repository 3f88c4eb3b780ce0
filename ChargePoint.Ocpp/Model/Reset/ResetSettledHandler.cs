namespace ChargePoint.Ocpp.Model.Reset
{
    /// <summary>Asked before rebooting: true when the transaction side has nothing left to deliver (or gave up).</summary>
    public delegate bool ResetSettledHandler();
}
