namespace ChargePoint.Firmware.Loader
{
    /// <summary>One file of a slot as its manifest lists it: name, exact length and SHA-256 (64 lower-case hex digits).</summary>
    public sealed class SlotFile
    {
        public SlotFile(string name, int length, string sha256Hex)
        {
            Name = name;
            Length = length;
            Sha256Hex = sha256Hex;
        }

        public readonly string Name;

        public readonly int Length;

        public readonly string Sha256Hex;
    }
}
