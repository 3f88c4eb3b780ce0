namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// What the start-up says: the banner, then (ESP32) Wi-Fi and the clock. The network helper is asked to wait for both an IP
    /// address and a valid clock (SNTP) and answers a single false when either is missing; the link and the clock are
    /// reported separately so that a missing clock is not mistaken for a missing network. Without a clock OCPP still
    /// connects and sets it from the BootNotification answer. Part of the charger (no class of its own: size).
    /// </summary>
    public sealed partial class Charger
    {
        /// <summary>The first line the firmware prints on the console (the start-up's first word).</summary>
        public static string Banner(string boardName)
        {
            return "ChargePoint firmware " + ChargePoint.Ocpp.OcppChargePoint.FirmwareVersion + " on " + boardName;
        }

        /// <summary>
        /// The start-up console line: the <see cref="NetworkStatus"/> text as "[warn] Wi-Fi not configured (WifiSsid)",
        /// "[warn] Wi-Fi depot (connecting), status 4", "[warn] Wi-Fi depot (no SNTP time)" or "[info] Wi-Fi depot, clock ...".
        /// </summary>
        /// <param name="ssid">The configured SSID ("" = none configured).</param>
        /// <param name="connected">The station has an IP address.</param>
        /// <param name="clockValid">The wall clock is set (SNTP answered).</param>
        /// <param name="clockText">The clock as text, shown when valid.</param>
        /// <param name="helperStatus">The network helper's status code, shown when not connected.</param>
        public static string Message(string ssid, bool connected, bool clockValid, string clockText, int helperStatus)
        {
            // The status text with what start-up knows more: the setting to set, the helper's code (automatic reconnection
            // keeps trying in the background; OCPP connects once the network is up), the clock.
            bool none = ssid.Length == 0;
            return (!none && connected && clockValid ? "[info] " : "[warn] ") + NetworkStatus(ssid, connected, clockValid)
                + (none ? " (WifiSsid)" : !connected ? ", status " + helperStatus.ToString() : clockValid ? ", clock " + clockText : string.Empty);
        }

        /// <summary>The network text for 'status'.</summary>
        public static string NetworkStatus(string ssid, bool connected, bool clockValid)
        {
            if (ssid.Length == 0)
            {
                return "Wi-Fi not configured";
            }

            if (!connected)
            {
                return "Wi-Fi " + ssid + " (connecting)";
            }

            return clockValid ? "Wi-Fi " + ssid : "Wi-Fi " + ssid + " (no SNTP time)";
        }
    }
}
