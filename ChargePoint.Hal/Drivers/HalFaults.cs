namespace ChargePoint.Hal.Drivers
{
    /// <summary>
    /// Hardware fault flags. HAL names, not OCPP: the firmware maps them to ChargePointErrorCode
    /// (ResidualCurrent → GroundFailure, OverTemperature → HighTemperature, OverCurrent → OverCurrentFailure,
    /// ContactorWelded/ContactorFailedToClose → PowerSwitchFailure, MeterFailure → PowerMeterFailure,
    /// DiodeFault → GroundFailure with info, PilotFault/ProximityFault → OtherError).
    /// </summary>
    /// <remarks>Flags, without [Flags]: its attribute type and constructor would be two references in the .pe.</remarks>
    public enum HalFaults
    {
        None = 0,
        ResidualCurrent = 1,
        OverTemperature = 2,
        OverCurrent = 4,
        ContactorWelded = 8,
        ContactorFailedToClose = 16,
        MeterFailure = 32,
        DiodeFault = 64,
        PilotFault = 128,
        ProximityFault = 256,
    }
}
