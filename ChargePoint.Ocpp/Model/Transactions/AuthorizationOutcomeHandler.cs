namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// The outcome of a card presented at a connector: accepted (start or stop) or refused, with the reason
    /// ("Invalid (Central System)", "connector unavailable", ...). For the firmware's console, display or buzzer.
    /// </summary>
    public delegate void AuthorizationOutcomeHandler(int connectorId, string idTag, bool accepted, string reason);
}
