using System;

namespace ChargePoint.Ocpp
{
    /// <summary>A failure that maps to an OCPP CallError: thrown by the codec and the message parsers, caught by the session.</summary>
    public class OcppException : Exception
    {
        public OcppException(string errorCode, string description)
            : base(description)
        {
            ErrorCode = errorCode;
            Description = description;
        }

        /// <summary>One of <see cref="CallErrorCode"/>.</summary>
        public readonly string ErrorCode;

        public readonly string Description;
    }
}
