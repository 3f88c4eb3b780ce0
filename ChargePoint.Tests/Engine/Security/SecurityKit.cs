using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp;
using ChargePoint.Tests.Ocpp.Certificates;
using ChargePoint.Tests.Ocpp.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>
    /// A <see cref="TxWorld"/> with RemoteTrigger, FirmwareManagement (simulated updater and uploader) and the Security
    /// feature installed on every boot; GetLog uploads through two more simulated uploaders.
    /// </summary>
    internal sealed class SecurityKit
    {
        public readonly TxWorld W;
        public readonly SimulatedFirmwareUpdater Updater = new SimulatedFirmwareUpdater();
        public readonly SimulatedDiagnosticsUploader Uploader = new SimulatedDiagnosticsUploader();
        public readonly SimulatedDiagnosticsUploader DiagnosticsLog = new SimulatedDiagnosticsUploader();
        public readonly SimulatedDiagnosticsUploader SecurityLog = new SimulatedDiagnosticsUploader();
        public FirmwareService Fm = null!;
        public SecurityService Security = null!;

        /// <summary>Set when built with certificates (<see cref="WithCertificates"/>).</summary>
        public CertificateService Certs = null!;

        /// <summary>SignedUpdateFirmware over <see cref="Fm"/>: <see cref="Certs"/> (set with <see cref="WithCertificates"/>).</summary>
        public CertificateService Signed = null!;

        /// <summary>The TLS side of profiles 2/3 (set with <see cref="WithCertificates"/>), over <see cref="Tls"/>.</summary>
        public CertificateService Connection = null!;

        /// <summary>Decides per attempt whether the simulated Central System accepts the TLS settings.</summary>
        public readonly FakeTlsTransport Tls;

        /// <summary>CertificateStoreMaxLength of the certificate feature (set before <see cref="Reboot"/>).</summary>
        public int StoreCapacity = CertificateService.StoreCapacity;

        /// <summary>Key-generation randomness for the certificate feature (null: SignChargePointCertificate NotImplemented).</summary>
        public TestEntropy? Entropy = new TestEntropy("security kit");

        /// <summary>True installs the certificate feature (ChargePoint.Ocpp.Certificates) after the Security feature.</summary>
        public readonly bool WithCertificates;

        /// <summary>What the firmware's transport check answers for profiles 2 and 3.</summary>
        public bool TlsAvailable = false;

        /// <summary>Install without a firmware check (the engine then requires a wss:// URL for 2 and 3); applies from the next boot.</summary>
        public bool UseDefaultCheck = false;

        /// <summary>False installs GetLog without uploaders (a platform that cannot upload).</summary>
        public readonly bool WithLogUploaders;

        public SecurityKit(int connectorCount)
            : this(connectorCount, true)
        {
        }

        public SecurityKit(int connectorCount, bool withLogUploaders)
            : this(connectorCount, withLogUploaders, false)
        {
        }

        public SecurityKit(int connectorCount, bool withLogUploaders, bool withCertificates)
        {
            WithLogUploaders = withLogUploaders;
            WithCertificates = withCertificates;
            DiagnosticsLog.FileName = "diagnostics.log";
            SecurityLog.FileName = "security.log";
            W = new TxWorld(connectorCount);
            Tls = new FakeTlsTransport(W.Transport);
            Install();
        }

        public SecurityKit Idle()
        {
            W.ToIdle();
            return this;
        }

        public void Reboot()
        {
            W.Reboot();
            Install();
        }

        public void Run(long ms) => W.Run(ms);

        /// <summary>Sends a CALL, runs one tick and returns the answer payload.</summary>
        public string Call(string action, string payload)
        {
            string id = W.Cs.Call(action, payload);
            W.Run(100);
            return W.Cs.Result(id) ?? "(no answer)";
        }

        public string T(long worldMs) => W.Cs.Time(worldMs);

        /// <summary>
        /// Security events not yet confirmed by the Central System (the service's queue, read through
        /// <see cref="SecurityService.At"/>: the device has no use for a count of its own).
        /// </summary>
        public int QueuedEvents()
        {
            int n = 0;
            while (true)
            {
                try
                {
                    Security.At(n);
                }
                catch (System.Exception)
                {
                    return n; // past the last one
                }

                n++;
            }
        }

        /// <summary>Asserts the CALLs the Central System received since the last look, one "Action {payload}" a line.</summary>
        public void Expect(string expected)
        {
            string actual = W.Cs.Take();
            Assert.AreEqual(expected, actual, "actual frames:\n" + actual);
        }

        public string Event(string type, string? techInfo, long worldMs)
        {
            return "SecurityEventNotification {\"type\":\"" + type + "\",\"timestamp\":\"" + T(worldMs) + "\"" +
                (techInfo == null ? string.Empty : ",\"techInfo\":\"" + techInfo + "\"") + "}\n";
        }

        public string Status(int connectorId, string status, long worldMs)
        {
            return "StatusNotification {\"connectorId\":" + connectorId.ToString() + ",\"errorCode\":\"NoError\",\"status\":\"" + status +
                "\",\"timestamp\":\"" + T(worldMs) + "\"}\n";
        }

        private void Install()
        {
            W.Cp.AddRemoteTrigger();
            Fm = new FirmwareService(W.Cp, Updater, Uploader, "HTTP,HTTPS");
            W.Cp.Firmware = Fm;
            Security = new SecurityService(W.Cp, 1, 0, Fm, WithLogUploaders ? DiagnosticsLog : null, WithLogUploaders ? SecurityLog : null, UseDefaultCheck ? null : new ConfigValidator(profile => profile == "0" || profile == "1" || TlsAvailable));
            if (WithCertificates)
            {
                Certs = new CertificateService(W.Cp, Security, StoreCapacity, Entropy, Tls);
                Certs.AddSignedFirmware(Fm);
                Signed = Certs;
                Connection = Certs; // the connection side is part of the certificate service
            }
        }
    }
}
