using ChargePoint.Firmware.App;
using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp.Model.Status;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>What StatusNotification carries for each hardware fault: errorCode, vendorId, vendorErrorCode, info.</summary>
    [TestClass]
    public class FaultCodeTests
    {
        [TestMethod]
        public void Each_fault_reports_its_error_code_and_vendor_code()
        {
            // Bit order of HalFaults: ResidualCurrent, OverTemperature, OverCurrent, ContactorWelded, ContactorFailedToClose,
            // MeterFailure, DiodeFault, PilotFault, ProximityFault.
            string[] expected =
            {
                "GroundFailure RCD_TRIP", "HighTemperature OVER_TEMP", "OverCurrentFailure OVER_CURRENT",
                "PowerSwitchFailure CONTACTOR_WELDED", "PowerSwitchFailure CONTACTOR_NOT_CLOSING", "PowerMeterFailure METER_FAILURE",
                "EVCommunicationError EV_DIODE", "EVCommunicationError PILOT_ERROR", "OtherError PROXIMITY_ERROR",
            };
            for (int bit = 0; bit < expected.Length; bit++)
            {
                Connector c = Report((HalFaults)(1 << bit));
                Assert.AreEqual(expected[bit], c.ErrorCode + " " + c.VendorErrorCode, "bit " + bit.ToString());
                Assert.AreEqual("OpenEV-nf", c.VendorId);
                Assert.AreEqual(FaultMonitor.List((HalFaults)(1 << bit)), c.Info);
            }
        }

        [TestMethod]
        public void The_most_severe_fault_decides_the_codes_and_all_are_listed_in_the_info()
        {
            // Severity: ResidualCurrent, ContactorWelded, OverCurrent, OverTemperature, ContactorFailedToClose, DiodeFault,
            // PilotFault, ProximityFault, MeterFailure.
            Connector c = Report(HalFaults.MeterFailure | HalFaults.ProximityFault | HalFaults.OverTemperature);
            Assert.AreEqual("HighTemperature OVER_TEMP", c.ErrorCode + " " + c.VendorErrorCode);
            c = Report(HalFaults.OverCurrent | HalFaults.ContactorWelded);
            Assert.AreEqual("PowerSwitchFailure CONTACTOR_WELDED", c.ErrorCode + " " + c.VendorErrorCode);
            c = Report(HalFaults.MeterFailure | HalFaults.ProximityFault);
            Assert.AreEqual("OtherError PROXIMITY_ERROR", c.ErrorCode + " " + c.VendorErrorCode);
            c = Report(HalFaults.MeterFailure | HalFaults.ResidualCurrent | HalFaults.PilotFault);
            Assert.AreEqual("GroundFailure RCD_TRIP", c.ErrorCode + " " + c.VendorErrorCode);
            Assert.AreEqual(FaultMonitor.List(HalFaults.MeterFailure | HalFaults.ResidualCurrent | HalFaults.PilotFault), c.Info);
        }

        [TestMethod]
        public void An_unknown_fault_bit_is_OtherError_FAULT_and_no_fault_clears_the_codes()
        {
            Connector c = Report((HalFaults)512);
            Assert.AreEqual("OtherError FAULT", c.ErrorCode + " " + c.VendorErrorCode);
            Charger.ReportFaults(c, HalFaults.None);
            Assert.AreEqual("NoError", c.ErrorCode);
            Assert.IsNull(c.VendorErrorCode);
            Assert.IsNull(c.VendorId);
        }

        private static Connector Report(HalFaults faults)
        {
            var c = new Connector(1, new Connector(0, null));
            Charger.ReportFaults(c, faults);
            return c;
        }
    }
}
