using System.Text;
using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp.Model.Status;

// In the Charger's namespace so that its callers (simulator, host program, benchmark, tests) find these unchanged.
namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// What only the simulated board uses of a <see cref="Charger"/> (an RFID reader, the live status line, the power
    /// cut): kept out of the ESP32 image, built on the charger's public surface.
    /// </summary>
    public static class ChargerExtensions
    {
        /// <summary>True when every character is printable ASCII (0x21..0x7E): no spaces, control characters or line breaks.</summary>
        public static bool IsPrintableAscii(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] <= ' ' || s[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Presents an RFID card at a connector's reader. Null when accepted for processing, else why not.</summary>
        public static string? PresentCard(this Charger charger, int connectorId, string idTag)
        {
            Connector connector = charger.Ocpp.Connectors[connectorId];
            if (connector.Faulted)
            {
                return "connector faulted (" + connector.ErrorCode + "): card ignored";
            }

            if (!connector.Operative && charger.Transactions.RunningTransaction(connectorId) == null)
            {
                return "connector unavailable: card ignored";
            }

            charger.Transactions.PresentIdTag(connectorId, idTag, charger.LastTickMs);
            return null;
        }

        /// <summary>One line for the live status display.</summary>
        public static string StatusLine(this Charger charger)
        {
            var sb = new StringBuilder();
            for (int c = 1; c <= charger.Evses.Length; c++)
            {
                EvseController evse = charger.Evses[c - 1];
                sb.Append(c == 1 ? "CP " : " || CP" + c.ToString() + " ");
                sb.Append(ControlPilot.Name(evse.Pilot.State));
                sb.Append(" | relay ");
                sb.Append(evse.Contactor.IsCommandedClosed ? "closed" : "open");
                sb.Append(" | ");
                sb.Append(Charger.MeterSummary(evse));
                sb.Append(" | ");
                sb.Append(charger.Ocpp.Connectors[c].Status);
            }

            sb.Append(" | CS ");
            sb.Append(charger.ConnectionText());
            return sb.ToString();
        }

        /// <summary>The power went: pins let go, nothing is written (the simulation drops the link itself).</summary>
        public static void PowerLost(this Charger charger)
        {
            for (int i = 0; i < charger.Evses.Length; i++)
            {
                charger.Evses[i].Shutdown();
            }
        }
    }
}
