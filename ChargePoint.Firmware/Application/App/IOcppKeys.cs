namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The OCPP configuration keys as the console sees them (adapter over the engine's configuration store).
    /// Results of <see cref="Set"/> are the ChangeConfiguration statuses: Accepted, RebootRequired, Rejected, NotSupported.
    /// </summary>
    public interface IOcppKeys
    {
        string[] Keys();

        /// <summary>False when the key is unknown. Write-only keys (AuthorizationKey) report <paramref name="writeOnly"/> and no value.</summary>
        bool TryGet(string key, out string value, out bool readOnly, out bool writeOnly);

        string Set(string key, string value);

        /// <summary>What the key accepts, for an error line: "true|false", "an integer 0..3600", allowed items...</summary>
        string Expected(string key);
    }
}
