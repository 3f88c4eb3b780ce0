namespace ChargePoint.Firmware.App
{
    /// <summary>Log levels as integers with an explicit name table (Enum.ToString is numeric on nanoFramework).</summary>
    public static class LogLevels
    {
        public const int Error = 0;
        public const int Warn = 1;
        public const int Info = 2;
        public const int Debug = 3;

        public const string Expected = "error|warn|info|debug";

        public static string Name(int level)
        {
            switch (level)
            {
                case Error: return "error";
                case Warn: return "warn";
                case Info: return "info";
                default: return "debug";
            }
        }

        /// <summary>The level for a name, or -1 when the name is not one of <see cref="Expected"/>.</summary>
        public static int Parse(string name)
        {
            switch (name.ToLower())
            {
                case "error": return Error;
                case "warn": return Warn;
                case "info": return Info;
                case "debug": return Debug;
                default: return -1;
            }
        }
    }
}
