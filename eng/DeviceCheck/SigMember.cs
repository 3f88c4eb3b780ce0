namespace ChargePoint.DeviceCheck
{
    /// <summary>One member line of a sig file, split into its parts.</summary>
    public sealed class SigMember
    {
        public SigMember(string line)
        {
            Line = line;
        }

        public string Line { get; }

        /// <summary>ctor, method, property, indexer, field, const, event, enumValue, operator, conversion.</summary>
        public string Kind { get; set; } = "";

        public bool IsStatic { get; set; }

        public bool IsVirtual { get; set; }

        public bool IsOverride { get; set; }

        public bool IsAbstract { get; set; }

        public bool IsReadOnly { get; set; }

        /// <summary>Return/field/property type as written (empty for ctors and enum values).</summary>
        public string Type { get; set; } = "";

        /// <summary>Member name; for operators the operator token, for conversions "implicit"/"explicit".</summary>
        public string Name { get; set; } = "";

        /// <summary>Parameter list text without the parentheses/brackets (methods, ctors, indexers, operators).</summary>
        public string Parameters { get; set; } = "";

        /// <summary>"get", "set" or "get set" for properties and indexers.</summary>
        public string Accessors { get; set; } = "";

        /// <summary>The value after " = " (enum values and consts).</summary>
        public string Value { get; set; } = "";
    }
}
