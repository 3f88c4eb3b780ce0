namespace ChargePoint.DeviceCheck
{
    /// <summary>One counted check of a device-check run: what was checked, whether it passed, and why not.</summary>
    public sealed class CheckOutcome
    {
        public CheckOutcome(string name, bool passed, string message)
        {
            Name = name;
            Passed = passed;
            Message = message;
        }

        /// <summary>"compile ChargePoint.Ocpp/ChargePoint.Ocpp.nfproj", "IL budget NFUnitTest (...)", ...</summary>
        public string Name { get; }

        public bool Passed { get; }

        /// <summary>The finding (multi-line for compile errors and gate violations), or a short note when passed.</summary>
        public string Message { get; }

        public override string ToString()
        {
            return (Passed ? "PASS " : "FAIL ") + Name + (Message.Length > 0 ? ": " + Message : "");
        }
    }
}
