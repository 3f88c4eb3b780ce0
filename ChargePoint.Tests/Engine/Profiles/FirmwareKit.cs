using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp;
using ChargePoint.Tests.Ocpp.Transactions;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>A <see cref="TxWorld"/> with FirmwareManagement installed (again after every reboot) on simulated updater/uploader.</summary>
    internal sealed class FirmwareKit
    {
        public readonly TxWorld W;
        public readonly SimulatedFirmwareUpdater Updater = new SimulatedFirmwareUpdater();
        public readonly SimulatedDiagnosticsUploader Uploader = new SimulatedDiagnosticsUploader();
        public FirmwareService Fm = null!;

        public FirmwareKit(int connectorCount)
        {
            W = new TxWorld(connectorCount);
            Install();
        }

        public FirmwareKit Idle()
        {
            W.ToIdle();
            return this;
        }

        public void Reboot()
        {
            W.Reboot();
            Install();
        }

        /// <summary>Sends a CALL, runs 100 ms (one tick) and returns the CALLRESULT payload.</summary>
        public string Call(string action, string payload)
        {
            string id = W.Cs.Call(action, payload);
            W.Run(100);
            return W.Cs.Result(id) ?? "(no answer)";
        }

        public string T(long worldMs) => W.Cs.Time(worldMs);

        public static string Fw(string status) => "FirmwareStatusNotification {\"status\":\"" + status + "\"}\n";

        public static string Diag(string status) => "DiagnosticsStatusNotification {\"status\":\"" + status + "\"}\n";

        public string Status(int connectorId, string status, long worldMs)
        {
            return "StatusNotification {\"connectorId\":" + connectorId.ToString() + ",\"errorCode\":\"NoError\",\"status\":\"" + status +
                "\",\"timestamp\":\"" + T(worldMs) + "\"}\n";
        }

        private void Install()
        {
            Fm = new FirmwareService(W.Cp, Updater, Uploader, "HTTP,HTTPS");
        }
    }
}
