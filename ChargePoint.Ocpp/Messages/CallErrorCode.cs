namespace ChargePoint.Ocpp
{
    /// <summary>
    /// The ten OCPP-J CallError codes (OCPP-J §4.2.3), spelled exactly as on the wire, including the spec's
    /// "OccurenceConstraintViolation" and "FormationViolation" (J-Errata 5.1/5.2 keep them).
    /// How validation failures map (used by every message parser):
    /// - JSON syntax, wrong frame or payload shape, nesting/size caps: FormationViolation
    /// - a required field missing or a field given twice: OccurenceConstraintViolation
    /// - a JSON value of the wrong type, a malformed dateTime, a CiString longer than its type allows: TypeConstraintViolation
    /// - an enum string not in the spec's table, an integer out of its range: PropertyConstraintViolation
    /// </summary>
    public static class CallErrorCode
    {
        public const string NotImplemented = "NotImplemented";
        public const string NotSupported = "NotSupported";
        public const string InternalError = "InternalError";
        public const string ProtocolError = "ProtocolError";
        public const string SecurityError = "SecurityError";
        public const string FormationViolation = "FormationViolation";
        public const string PropertyConstraintViolation = "PropertyConstraintViolation";
        public const string OccurenceConstraintViolation = "OccurenceConstraintViolation";
        public const string TypeConstraintViolation = "TypeConstraintViolation";
        public const string GenericError = "GenericError";

        /// <summary>
        /// True when the receiver refused the request in a way that sending the same request again cannot change:
        /// NotImplemented / NotSupported (it does not know or does not support the action: e.g. a Central System
        /// without the Security Whitepaper answering SecurityEventNotification) and the codes that call the request
        /// itself malformed (ProtocolError, FormationViolation, PropertyConstraintViolation,
        /// OccurenceConstraintViolation, TypeConstraintViolation). InternalError, GenericError, SecurityError and
        /// unknown codes may be transient (a server fault, an authorization state) and are worth a retry.
        /// </summary>
        public static bool IsPermanent(string code) => code == NotImplemented || code == NotSupported || code == ProtocolError
            || code == FormationViolation || code == PropertyConstraintViolation || code == OccurenceConstraintViolation
            || code == TypeConstraintViolation; // compares, not a table: the words are literals of the image anyway
    }
}
