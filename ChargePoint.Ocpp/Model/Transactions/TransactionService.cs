using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Transactions of every connector: authorization (card or RemoteStart), StartTransaction / StopTransaction
    /// through the journal, sampled and clock-aligned metering, EV-side disconnect, ConnectionTimeOut, invalid-id
    /// handling, remote and reset stops, and the status inputs of each <see cref="Connector"/>.
    /// On construction (= boot) a transaction left open by a power cut is closed with reason PowerLoss and the larger of
    /// the meter's persisted total and the highest reading journalled; the meter's register is raised to the latter.
    /// </summary>
    public sealed partial class TransactionService : ITickable
    {
        private const string EvDisconnectedInfo = "EV side disconnected";

        // Admit's answers (the reservation half) besides a reservationId: no reservation concerns the idTag at the connector, or
        // the connector is kept for another idTag.
        public const int NoReservation = -1;
        public const int ReservationBlocked = -2;

        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly ConfigurationStore _config;
        private readonly IChargePointHooks _hooks;
        private readonly Connector[] _connectors;
        private bool _anchored; // the journal's clock anchor is recorded once the wall clock is seen set in this boot

        /// <summary>
        /// Adds transactions, authorization and metering to the charge point (a boot): opens the journal, builds the
        /// authorization service, closes a transaction left open by a power cut, registers the RemoteStartTransaction,
        /// RemoteStopTransaction and ClearCache handlers, and hooks Reset and UnlockConnector.
        /// </summary>
        /// <param name="meters">Index = connectorId; index 0 is the optional main meter.</param>
        /// <param name="journalPrefix">Message-id prefix for a new journal (unique per device/wipe, e.g. "tx" + random).</param>
        public TransactionService(OcppChargePoint cp, IMeter[] meters, string journalPrefix, long nowMs)
        {
            RpcSession session = cp.Session;
            _session = session;
            _clock = cp.Clock;
            ConfigurationStore config = cp.Configuration;
            _config = config;
            _hooks = cp.Hooks;
            Connector[] connectors = cp.Connectors;
            _connectors = connectors;
            var journal = new TransactionJournal(cp.Storage);
            journal.Open(journalPrefix);
            Journal = journal;
            var auth = new AuthorizationService(cp.Storage, config);
            Authorization = auth;
            _meters = meters;
            var next = new long[meters.Length];
            for (int c = 0; c < next.Length; c++)
            {
                next[c] = -1;
            }

            _nextSampleMono = next;
            // Binds the configuration keys of transactions and metering to the services' settings (authorization reads its keys), the
            // moment a key changes (a ChangeConfiguration and a RemoteStartTransaction in the same loop pass see the new
            // value), declares StopTransactionMaxMeterValues and restricts the measurand lists to what the meter provides.
            if (Meter(1) != null) // connector 1's meter says what can be measured
            {
                ConfigValidator measured = IsMeasured; // one delegate for the four keys
                config.SetValidator(ConfigKeys.MeterValuesSampledData, measured);
                config.SetValidator(ConfigKeys.MeterValuesAlignedData, measured);
                config.SetValidator(ConfigKeys.StopTxnSampledData, measured);
                config.SetValidator(ConfigKeys.StopTxnAlignedData, measured);
            }

            config.DeclareInt("StopTransactionMaxMeterValues", journal.MaxTransactionData, 0, int.MaxValue, true);
            config.Changed += Sync;
            Sync(0);
            session.TransactionSource = this;
            OfferedCurrentA = 32;
            // Recovery after a boot. The register never goes back: the meter's saved total may be older than a reading already journalled (and
            // maybe reported) when the power went, or lost. Each unfinished transaction raises its connector's meter to the highest
            // reading journalled for it (meterStart, samples, transactionData, meterStop; RaiseEnergyTo never lowers).
            JournalTransaction[] all = journal.Transactions();
            for (int i = 0; i < all.Length; i++)
            {
                JournalTransaction tx = all[i];
                IMeter meter = Meter(tx.ConnectorId);
                long floor = tx.MeterStartWh > tx.LastEnergyWh ? tx.MeterStartWh : tx.LastEnergyWh;
                if (tx.Stopped && tx.MeterStopWh > floor)
                {
                    floor = tx.MeterStopWh;
                }

                if (tx.ConnectorId >= 1 && meter != null && floor > meter.EnergyActiveImportWh)
                {
                    meter.RaiseEnergyTo(floor);
                }
            }

            for (int i = 0; i < all.Length; i++)
            {
                JournalTransaction tx = all[i];
                if (tx.Stopped)
                {
                    continue;
                }

                // Power was lost during this transaction: close it with the larger of the meter's persisted total and
                // the highest reading journalled for it.
                IMeter meter = Meter(tx.ConnectorId);
                long wh = meter == null ? tx.LastEnergyWh : meter.EnergyActiveImportWh;
                if (wh < tx.LastEnergyWh)
                {
                    wh = tx.LastEnergyWh;
                }

                if (wh < tx.MeterStartWh)
                {
                    wh = tx.MeterStartWh;
                }

                MeterValue end = new MeterValue(tx.LastTime, new[] { EnergyRegister(wh, ReadingContext.TransactionEnd) });
                journal.EndTransaction(tx.TxNr, null, wh, tx.LastTime, StopReason.PowerLoss, (StopTxnSampledData.Length > 0 || StopTxnAlignedData.Length > 0) ? end : null);
            }

            session.Register(OcppAction.RemoteStartTransaction, this);
            session.Register(OcppAction.RemoteStopTransaction, this);
            session.Register(OcppAction.ClearCache, auth);
            cp.Transactions = this;
            cp.AddService(this);
        }

        /// <summary>Current offered to the EV while charging (smart charging may lower it later).</summary>
        public double OfferedCurrentA;

        public readonly TransactionJournal Journal;

        public readonly AuthorizationService Authorization;

        /// <summary>True when the line is up and BootNotification was Accepted.</summary>
        public bool IsOnline
        {
            get { return _session.IsConnected && _session.Gate == RpcSession.GateOpen; }
        }

        /// <summary>The running transaction on a connector, or null.</summary>
        public JournalTransaction RunningTransaction(int connectorId)
        {
            if (connectorId < 1 || connectorId >= _connectors.Length || _connectors[connectorId].TxNr == 0)
            {
                return null;
            }

            return Journal.Find(_connectors[connectorId].TxNr);
        }

        /// <summary>True when every transaction message was delivered (asked before a reset reboots).</summary>
        public bool IsSettled()
        {
            return Journal.Head() == null || !IsOnline;
        }

        public void Tick(long nowMs)
        {
            Anchor(nowMs);
            int connectionTimeOutMs = _config.Int(ConfigKeys.ConnectionTimeOut) * 1000;
            for (int i = 1; i < _connectors.Length; i++)
            {
                Connector c = _connectors[i];
                bool plugged = _hooks.IsPlugged(i);
                bool was = c.Plugged; // the last reading: only this service sets it
                c.Plugged = plugged;
                if (plugged && !was)
                {
                    c.FinishingSinceMs = -1;
                    if (c.TxNr != 0)
                    {
                        // The EV came back during a kept transaction (StopTransactionOnEVSideDisconnect = false).
                        if (c.Info == EvDisconnectedInfo)
                        {
                            c.Info = null;
                        }
                    }
                    else
                    {
                        c.Finishing = false;
                        if (c.PendingIdTag != null)
                        {
                            StartTransaction(i, nowMs);
                        }
                    }
                }
                else if (!plugged && was)
                {
                    if (c.TxNr == 0)
                    {
                        c.Finishing = false;
                    }
                    else if (_config.Bool(ConfigKeys.StopTransactionOnEVSideDisconnect))
                    {
                        Stop(i, StopReason.EVDisconnected, null, nowMs);
                        if (_config.Bool(ConfigKeys.UnlockConnectorOnEVSideDisconnect))
                        {
                            _hooks.UnlockConnector(i);
                        }

                        // The cable may still hang in the socket: Finishing until ConnectionTimeOut (TC_005_1).
                        c.Finishing = true;
                        c.FinishingSinceMs = nowMs;
                    }
                    else
                    {
                        // Keep the transaction; report SuspendedEV "EV side disconnected" (TC_005_3).
                        c.EvSuspended = true;
                        c.Info = EvDisconnectedInfo;
                    }
                }

                if (c.PendingIdTag != null && !plugged && nowMs - c.PendingSinceMs >= connectionTimeOutMs)
                {
                    // ConnectionTimeOut counts from Preparing (Errata 3.77): the authorization lapses.
                    c.PendingIdTag = null;
                    c.PendingParent = null;
                    c.PendingRemote = false;
                    c.PendingReservationId = NoReservation;
                }

                if (c.FinishingSinceMs >= 0 && !plugged && nowMs - c.FinishingSinceMs >= connectionTimeOutMs)
                {
                    c.FinishingSinceMs = -1;
                    c.Finishing = false;
                }

                if (c.TxNr != 0 && plugged)
                {
                    c.EvSuspended = !_hooks.IsEvReady(i);
                }
            }

            Sample(nowMs);
            if (_slots != null)
            {
                Expire(nowMs);
            }
        }
    }
}
