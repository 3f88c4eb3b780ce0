using System.Collections.Generic;

namespace ChargePoint.DeviceCheck
{
    /// <summary>A type declared in a sig file ("class X", "readonly struct X", "enum X", "delegate X" ...).</summary>
    public sealed class SigType
    {
        public SigType(string assembly, string kind, string fullName, bool isReadOnly, bool isRef)
        {
            Assembly = assembly;
            Kind = kind;
            FullName = fullName;
            IsReadOnly = isReadOnly;
            IsRef = isRef;
        }

        public string Assembly { get; }

        /// <summary>class, struct, enum, interface or delegate.</summary>
        public string Kind { get; }

        public string FullName { get; }

        public bool IsReadOnly { get; }

        public bool IsRef { get; }

        public List<SigMember> Members { get; } = new List<SigMember>();

        /// <summary>The declaring type when this one is nested (its name prefix is a declared type), else null.</summary>
        public SigType? Outer { get; set; }

        public List<SigType> Nested { get; } = new List<SigType>();

        public string SimpleName
        {
            get { return FullName.Substring(FullName.LastIndexOf('.') + 1); }
        }

        /// <summary>Namespace of the outermost declaring type.</summary>
        public string Namespace
        {
            get
            {
                SigType top = this;
                while (top.Outer != null)
                {
                    top = top.Outer;
                }

                int dot = top.FullName.LastIndexOf('.');
                return dot < 0 ? "" : top.FullName.Substring(0, dot);
            }
        }

        /// <summary>The metadata name (nested types joined with '+'), as Roslyn's GetTypeByMetadataName wants it.</summary>
        public string MetadataName
        {
            get { return Outer == null ? FullName : Outer.MetadataName + "+" + SimpleName; }
        }

        public bool IsGeneric
        {
            get { return FullName.IndexOf('<') >= 0; }
        }
    }
}
