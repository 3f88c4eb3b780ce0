// Host-only shim: the attribute names of nanoFramework.TestFramework, derived from MSTest's so that
// MSTest discovers and runs the very same test sources on desktop .NET.
using System;
using MS = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class TestClassAttribute : MS.TestClassAttribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class TestMethodAttribute : MS.TestMethodAttribute
    {
    }

    /// <summary>nanoFramework runs [Setup] once per class before its tests. MSTest has no instance-free
    /// equivalent, so shared tests must not rely on it: each test builds its own world.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class SetupAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class CleanupAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class DataRowAttribute : Attribute, MS.ITestDataSource
    {
        private readonly object[] _row;

        public DataRowAttribute(params object[] methodParameters)
        {
            _row = methodParameters;
        }

        public System.Collections.Generic.IEnumerable<object?[]> GetData(System.Reflection.MethodInfo methodInfo)
        {
            return new object?[][] { _row };
        }

        public string? GetDisplayName(System.Reflection.MethodInfo methodInfo, object?[]? data)
        {
            return methodInfo.Name + "(" + string.Join(",", data ?? Array.Empty<object?>()) + ")";
        }
    }

    public static class OutputHelper
    {
        public static void Write(string message) => Console.Write(message);

        public static void WriteLine(string message) => Console.WriteLine(message);
    }
}
