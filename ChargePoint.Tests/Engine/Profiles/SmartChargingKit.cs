using ChargePoint.Ocpp;
using ChargePoint.Tests.Ocpp.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>A <see cref="TxWorld"/> with SmartCharging installed (again after every reboot) and a recording sink.</summary>
    internal sealed class SmartChargingKit : ISmartChargingSink
    {
        public readonly TxWorld W;
        public SmartChargingService Sc = null!;
        public readonly double[] Limit;
        public int SinkCalls;

        public SmartChargingKit(int connectorCount)
        {
            W = new TxWorld(connectorCount);
            Limit = new double[connectorCount + 1];
            Install();
        }

        public void SetSmartChargingLimit(int connectorId, double amps)
        {
            Limit[connectorId] = amps;
            SinkCalls++;
        }

        public void Reboot()
        {
            W.Reboot();
            Install();
        }

        /// <summary>Boots to Accepted (world 2 s) and forgets the boot frames.</summary>
        public SmartChargingKit Idle()
        {
            W.ToIdle();
            return this;
        }

        /// <summary>Plug + TAG1 on connector 1: transaction 1001 charging from world 3.1 s; frames forgotten.</summary>
        public SmartChargingKit Charging()
        {
            Idle();
            W.Hooks.Plugged[1] = true;
            W.Hooks.EvReady[1] = true;
            W.Run(1000);
            W.Tx.PresentIdTag(1, "TAG1", W.Now);
            W.Run(1000);
            Assert.IsNotNull(W.Tx.RunningTransaction(1));
            W.Cs.Take();
            return this;
        }

        /// <summary>Sends a CALL, runs 500 ms and returns the CALLRESULT payload.</summary>
        public string Call(string action, string payload)
        {
            string id = W.Cs.Call(action, payload);
            W.Run(500);
            return W.Cs.Result(id) ?? "(no answer)";
        }

        public string Set(int connectorId, string profile) => Call("SetChargingProfile", "{\"connectorId\":" + connectorId.ToString() + ",\"csChargingProfiles\":" + profile + "}");

        public string Composite(int connectorId, int duration, string? unit)
        {
            return Call("GetCompositeSchedule", "{\"connectorId\":" + connectorId.ToString() + ",\"duration\":" + duration.ToString() +
                (unit == null ? "" : ",\"chargingRateUnit\":\"" + unit + "\"") + "}");
        }

        /// <summary>The ISO time of a world instant (ms since the world epoch).</summary>
        public string T(long worldMs) => W.Cs.Time(worldMs);

        /// <summary>A profile JSON; startSchedule and transactionId only when given (null / 0); periods as "start:limit" pairs.</summary>
        public static string Profile(int id, int stackLevel, string purpose, string kind, string? startSchedule, string unit, string periods)
        {
            return Profile(id, 0, stackLevel, purpose, kind, null, null, null, startSchedule, -1, unit, periods);
        }

        public static string Profile(int id, int transactionId, int stackLevel, string purpose, string kind, string? recurrency,
            string? validFrom, string? validTo, string? startSchedule, int duration, string unit, string periods)
        {
            var sb = new System.Text.StringBuilder();
            sb.Append("{\"chargingProfileId\":").Append(id.ToString());
            if (transactionId != 0)
            {
                sb.Append(",\"transactionId\":").Append(transactionId.ToString());
            }

            sb.Append(",\"stackLevel\":").Append(stackLevel.ToString());
            sb.Append(",\"chargingProfilePurpose\":\"").Append(purpose).Append("\",\"chargingProfileKind\":\"").Append(kind).Append('"');
            if (recurrency != null)
            {
                sb.Append(",\"recurrencyKind\":\"").Append(recurrency).Append('"');
            }

            if (validFrom != null)
            {
                sb.Append(",\"validFrom\":\"").Append(validFrom).Append('"');
            }

            if (validTo != null)
            {
                sb.Append(",\"validTo\":\"").Append(validTo).Append('"');
            }

            sb.Append(",\"chargingSchedule\":{");
            if (duration >= 0)
            {
                sb.Append("\"duration\":").Append(duration.ToString()).Append(',');
            }

            if (startSchedule != null)
            {
                sb.Append("\"startSchedule\":\"").Append(startSchedule).Append("\",");
            }

            sb.Append("\"chargingRateUnit\":\"").Append(unit).Append("\",\"chargingSchedulePeriod\":[");
            string[] items = periods.Split(new[] { ' ' });
            for (int i = 0; i < items.Length; i++)
            {
                string[] pair = items[i].Split(new[] { ':' });
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append("{\"startPeriod\":").Append(pair[0]).Append(",\"limit\":").Append(pair[1]).Append('}');
            }

            sb.Append("]}}");
            return sb.ToString();
        }

        /// <summary>The expected GetCompositeSchedule.conf for a schedule starting at world instant startMs; periods as "start:limit".</summary>
        public string Expected(int connectorId, long startMs, int duration, string unit, string periods)
        {
            var sb = new System.Text.StringBuilder();
            sb.Append("{\"status\":\"Accepted\",\"connectorId\":").Append(connectorId.ToString())
                .Append(",\"scheduleStart\":\"").Append(T(startMs)).Append("\",\"chargingSchedule\":{\"duration\":").Append(duration.ToString())
                .Append(",\"startSchedule\":\"").Append(T(startMs)).Append("\",\"chargingRateUnit\":\"").Append(unit).Append("\",\"chargingSchedulePeriod\":[");
            string[] items = periods.Split(new[] { ' ' });
            for (int i = 0; i < items.Length; i++)
            {
                string[] pair = items[i].Split(new[] { ':' });
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append("{\"startPeriod\":").Append(pair[0]).Append(",\"limit\":").Append(pair[1]).Append('}');
            }

            sb.Append("]}}");
            return sb.ToString();
        }

        private void Install()
        {
            Sc = new SmartChargingService(W.Cp, W.Tx, this);
        }
    }
}
