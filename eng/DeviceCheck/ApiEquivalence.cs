namespace ChargePoint.DeviceCheck
{
    /// <summary>A host-compiler lowering and what the nanoFramework build emits for the same source instead.</summary>
    public sealed class ApiEquivalence
    {
        public ApiEquivalence(string hostMember, string? nanoMember, string why)
        {
            HostMember = hostMember;
            NanoMember = nanoMember;
            Why = why;
        }

        /// <summary>What the host compiler references (doc ID; for generic methods the open definition).</summary>
        public string HostMember { get; }

        /// <summary>What the device compiler references instead (must be on the allow-list), or null when it
        /// emits nothing at all because the optional type is absent from nano's mscorlib.</summary>
        public string? NanoMember { get; }

        public string Why { get; }
    }
}
