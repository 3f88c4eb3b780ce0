// Host-only shim of nanoFramework.TestFramework.Assert (v3.0.x surface), forwarding to MSTest.
using System;
using System.Collections;
using MS = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    public static class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(byte expected, byte actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(char expected, char actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(short expected, short actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(ushort expected, ushort actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(int expected, int actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(uint expected, uint actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(long expected, long actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(ulong expected, ulong actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(float expected, float actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(double expected, double actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(string? expected, string? actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(object? expected, object? actual, string message = "") => MS.Assert.AreEqual(expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(int notExpected, int actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(long notExpected, long actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(double notExpected, double actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(string? notExpected, string? actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(object? notExpected, object? actual, string message = "") => MS.Assert.AreNotEqual(notExpected, actual, message);

        public static void AreSame(object? expected, object? actual, string message = "") => MS.Assert.AreSame(expected, actual, message);
        public static void AreNotSame(object? notExpected, object? actual, string message = "") => MS.Assert.AreNotSame(notExpected, actual, message);

        public static void IsTrue(bool condition, string message = "") => MS.Assert.IsTrue(condition, message);
        public static void IsFalse(bool condition, string message = "") => MS.Assert.IsFalse(condition, message);
        public static void IsNull(object? value, string message = "") => MS.Assert.IsNull(value, message);
        public static void IsNotNull(object? value, string message = "") => MS.Assert.IsNotNull(value, message);

        public static void IsInstanceOfType(object? value, Type expectedType, string message = "") => MS.Assert.IsInstanceOfType(value, expectedType, message);
        public static void IsNotInstanceOfType(object? value, Type wrongType, string message = "") => MS.Assert.IsNotInstanceOfType(value, wrongType, message);

        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                if (exceptionType.IsInstanceOfType(ex))
                {
                    return;
                }

                throw new MS.AssertFailedException("Expected " + exceptionType.Name + " but got " + ex.GetType().Name + ": " + ex.Message + " " + message);
            }

            throw new MS.AssertFailedException("Expected " + exceptionType.Name + " but nothing was thrown. " + message);
        }

        public static void Contains(string expected, string value, string message = "") => MS.StringAssert.Contains(value, expected, message);

        public static void DoesNotContains(string expected, string value, string message = "")
        {
            if (value != null && value.Contains(expected, StringComparison.Ordinal))
            {
                throw new MS.AssertFailedException("'" + value + "' should not contain '" + expected + "'. " + message);
            }
        }

        public static void StartsWith(string expected, string value, string message = "") => MS.StringAssert.StartsWith(value, expected, message);
        public static void EndsWith(string expected, string value, string message = "") => MS.StringAssert.EndsWith(value, expected, message);

        public static void Empty(ICollection collection, string message = "") => MS.Assert.AreEqual(0, collection.Count, message);
        public static void NotEmpty(ICollection collection, string message = "") => MS.Assert.AreNotEqual(0, collection.Count, message);

        public static void SkipTest(string? message = null) => MS.Assert.Inconclusive(message ?? "skipped");
    }

    public static class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") => MS.CollectionAssert.AreEqual(expected, actual, message);
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "") => MS.CollectionAssert.AreNotEqual(notExpected, actual, message);
        public static void Empty(ICollection collection, string message = "") => MS.Assert.AreEqual(0, collection.Count, message);
        public static void NotEmpty(ICollection collection, string message = "") => MS.Assert.AreNotEqual(0, collection.Count, message);
    }
}
