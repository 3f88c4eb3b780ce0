using System;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>A stored record does not parse: treated as a torn or corrupt tail.</summary>
    public class JournalFormatException : Exception
    {
        public JournalFormatException()
            : base("journal record does not parse")
        {
        }
    }
}
