using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The explicit action → service table (no reflection): which actions this build serves, and the object each
    /// action's handler acts on. An action not registered answers NotSupported when it is a known action of the
    /// protocol (<see cref="OcppAction.CentralSystemInitiated"/>), NotImplemented otherwise. An action is its word
    /// number in that table: one slot per protocol action and a bit for "served" (a service may be null), no copy of
    /// the action names. <see cref="Dispatcher"/> turns a registered action into its handler method.
    /// </summary>
    public sealed partial class RpcSession
    {
        /// <summary>The number of actions a Central System may send (the words of <see cref="OcppAction.CentralSystemInitiated"/>).</summary>
        public const int CentralSystemActions = 26;

        /// <summary>Calls the handler of a registered action (<c>Operations.Handlers.Handle</c>, or the certificate management's, which falls back to it).</summary>
        public OperationHandler Dispatcher;

        // _services[i]: the service of action i; bit i of _served: action i is registered.
        private readonly object[] _services = new object[CentralSystemActions];
        private int _served;

        /// <summary>
        /// Serves an action with the given service (replacing an earlier one); service may be null. Only the protocol's
        /// Central System actions can be served: any other throws an ArgumentException.
        /// </summary>
        public void Register(string action, object service)
        {
            int i = ActionNumber(action);
            if (i < 0)
            {
                throw new System.ArgumentException(action);
            }

            _served |= 1 << i;
            _services[i] = service;
        }

        /// <summary>Whether the action is served and, in service, what its handler acts on.</summary>
        public bool Find(string action, out object service)
        {
            int i = ActionNumber(action);
            bool served = i >= 0 && (_served & (1 << i)) != 0;
            service = served ? _services[i] : null;
            return served;
        }

        // The action's word number in OcppAction.CentralSystemInitiated; -1 for any other text (null included).
        private static int ActionNumber(string action) =>
            action == null ? -1 : Validate.Ordinal(OcppAction.CentralSystemInitiated, ' ', action);
    }
}
