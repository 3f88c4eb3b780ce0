namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// The hardware side as the engine sees it (implemented by the firmware's EVSE controller, simulated in tests).
    /// Inputs are polled from Tick; outputs are called. Connector ids start at 1.
    /// </summary>
    public interface IChargePointHooks
    {
        /// <summary>Input: a vehicle/cable is connected (control pilot state B, C or D).</summary>
        bool IsPlugged(int connectorId);

        /// <summary>Input: the EV requests energy (control pilot state C or D).</summary>
        bool IsEvReady(int connectorId);

        /// <summary>Output: the current the EV may draw, A (0 = no energy: suspend, PWM off).</summary>
        void SetOfferedCurrentLimit(int connectorId, double amps);

        /// <summary>In/out: releases the connector lock. Returns an UnlockStatus string: Unlocked, UnlockFailed, or NotSupported (fixed cable).</summary>
        string UnlockConnector(int connectorId);

        /// <summary>Output: reboot now. hard = hardware restart; soft = application restart. Called once the transactions were stopped.</summary>
        void Reset(bool hard);

        /// <summary>
        /// Output: the outcome of a card presented at a connector, accepted (start or stop) or refused, with the reason
        /// ("Invalid (CS)", "unavailable", ...), possibly later (Authorize.conf). For a console,
        /// display or buzzer.
        /// </summary>
        void CardOutcome(int connectorId, string idTag, bool accepted, string reason);
    }
}
