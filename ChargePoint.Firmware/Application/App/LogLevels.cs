namespace ChargePoint.Firmware.App
{
    /// <summary>Log levels as integers with an explicit name table (Enum.ToString is numeric on nanoFramework).</summary>
    public static class LogLevels
    {
        public const int Error = 0;
        public const int Warn = 1;
        public const int Info = 2;
        public const int Debug = 3;

        /// <summary>The names in level order (the table behind <see cref="Name"/> and <see cref="Parse"/>).</summary>
        public const string Expected = "error|warn|info|debug";

        public static string Name(int level)
        {
            return Expected.Split(new char[] { '|' })[level >= Error && level < Debug ? level : Debug];
        }

        /// <summary>The level for a name, or -1 when the name is not one of <see cref="Expected"/>.</summary>
        public static int Parse(string name)
        {
            string[] names = Expected.Split(new char[] { '|' });
            for (int i = 0; i < names.Length; i++)
            {
                if (Text.EqualsIgnoreCase(names[i], name))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
