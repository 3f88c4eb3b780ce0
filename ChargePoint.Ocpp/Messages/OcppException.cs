using System;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// A failure that maps to an OCPP CallError: thrown by the codec and the message parsers, caught by the session.
    /// The CallError's description is the <see cref="Exception.Message"/> (no copy of it in a field of its own).
    /// </summary>
    public class OcppException : Exception
    {
        public OcppException(string errorCode, string description)
            : base(description)
        {
            ErrorCode = errorCode;
        }

        /// <summary>One of <see cref="CallErrorCode"/>.</summary>
        public readonly string ErrorCode;
    }
}
