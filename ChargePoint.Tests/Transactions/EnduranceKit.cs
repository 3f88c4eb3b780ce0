using System;
using ChargePoint.Ocpp;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>What the randomized endurance tests share: the world, the random link and power faults, input under a power cut, the drain.</summary>
    internal static class EnduranceKit
    {
        public delegate void Step();

        /// <summary>
        /// A booted world stepping 1 s, every CALL reported to <paramref name="callSeen"/>, offline starts for unknown ids,
        /// a sample every 20 s with the energy register in the stop's transactionData, no unlock on EV-side disconnect.
        /// </summary>
        public static TxWorld World(int connectors, TxCentralSystem.CallSeenHandler callSeen)
        {
            var w = new TxWorld(connectors);
            w.StepMs = 1000;
            w.Cs.CallSeen = callSeen;
            w.Run(3000);
            w.Set("AllowOfflineTxForUnknownId", "true");
            w.Set(nameof(ConfigKeys.MeterValueSampleInterval), "20");
            w.Set(nameof(ConfigKeys.StopTxnSampledData), "Energy.Active.Import.Register");
            w.Set(nameof(ConfigKeys.UnlockConnectorOnEVSideDisconnect), "false");
            return w;
        }

        /// <summary>
        /// One step's faults: now and then drops the link (true when it did) or lets it come back, and arms a power cut
        /// somewhere in the next few hundred bytes written.
        /// </summary>
        public static bool DisturbLinkAndPower(TxWorld w, Random rng)
        {
            bool dropped = false;
            int net = rng.Next(100);
            if (net < 4 && w.Transport.IsOpen)
            {
                w.Transport.AcceptConnections = false;
                w.Transport.PeerDisconnect();
                dropped = true;
            }
            else if (net < 20)
            {
                w.Transport.AcceptConnections = true;
            }

            if (rng.Next(100) < 6)
            {
                w.Flash.CutPowerAfterBytes(rng.Next(400));
            }

            return dropped;
        }

        /// <summary>Runs one input action; a power cut inside it kills the CPU (the next Run does nothing, then reboot).</summary>
        public static void Act(TxWorld w, Step step)
        {
            if (w.Flash.IsPoweredOff)
            {
                return;
            }

            try
            {
                step();
            }
            catch (ChargePoint.Hal.Simulation.PowerCutException)
            {
            }
        }

        /// <summary>Runs whole seconds, at most <paramref name="maxSeconds"/>, until the link is up and the journal has sent everything.</summary>
        public static void Drain(TxWorld w, int maxSeconds)
        {
            for (int i = 0; i < maxSeconds && (w.Tx.Journal.QueuedMessages > 0 || !w.Transport.IsOpen); i++)
            {
                w.Run(1000);
            }
        }

        /// <summary>The integer that follows <paramref name="key"/> in a payload.</summary>
        public static long Number(string text, string key)
        {
            int at = text.IndexOf(key);
            int start = at + key.Length;
            int end = start;
            while (end < text.Length && (text[end] == '-' || (text[end] >= '0' && text[end] <= '9')))
            {
                end++;
            }

            return long.Parse(text.Substring(start, end - start));
        }
    }
}
