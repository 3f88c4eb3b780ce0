namespace ChargePoint.DeviceCheck
{
    /// <summary>One reference the device build cannot honour: what is referenced, by whom, and why it is refused.</summary>
    public sealed class ApiViolation
    {
        public ApiViolation(string member, string usedBy, string reason)
        {
            Member = member;
            UsedBy = usedBy;
            Reason = reason;
        }

        /// <summary>The referenced type or member as a documentation-comment ID (T:/M:/F:/P:/E:).</summary>
        public string Member { get; }

        /// <summary>Where it is used: Type::Method, Type::Field, Type (base type, attribute) or the assembly.</summary>
        public string UsedBy { get; }

        public string Reason { get; }

        public override string ToString()
        {
            return Reason + ": " + Member + "  <- " + UsedBy;
        }
    }
}
