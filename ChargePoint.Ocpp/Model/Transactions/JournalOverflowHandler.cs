namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>Reports that a meter value could not be journalled because the journal is full.</summary>
    public delegate void JournalOverflowHandler(int txNr, int droppedTotal);
}
