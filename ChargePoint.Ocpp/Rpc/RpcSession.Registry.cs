namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The explicit action → service table (no reflection): which actions this build serves, and the object each
    /// action's handler acts on. An action not registered answers NotSupported when it is a known action of the
    /// protocol (<c>OcppAction.CentralSystemInitiated</c>), NotImplemented otherwise. One small array of (action, service) pairs searched
    /// linearly: a few dozen actions, one lookup per incoming call. <see cref="Dispatcher"/> turns a registered action
    /// into its handler method.
    /// </summary>
    public sealed partial class RpcSession
    {
        /// <summary>Bound of the table: the protocol has 25 actions a Central System may send.</summary>
        public const int HandlerCapacity = 32;

        /// <summary>Calls the handler of a registered action (<c>Operations.Handlers.Handle</c>, or the certificate management's, which falls back to it).</summary>
        public OperationHandler Dispatcher;

        // Pairs: the action at an even index, its service after it; _handlerEnd is the end of the pairs in use.
        private readonly object[] _handlers = new object[2 * HandlerCapacity];
        private int _handlerEnd;

        /// <summary>Serves an action with the given service (replacing an earlier one); service may be null.</summary>
        public void Register(string action, object service)
        {
            int i = IndexOf(action);
            if (i < 0)
            {
                i = _handlerEnd;
                _handlerEnd += 2;
                _handlers[i] = action;
            }

            _handlers[i + 1] = service;
        }

        /// <summary>Whether the action is served and, in service, what its handler acts on.</summary>
        public bool Find(string action, out object service)
        {
            int i = IndexOf(action);
            service = i < 0 ? null : _handlers[i + 1];
            return i >= 0;
        }

        /// <summary>The index of the action's pair; negative when it is not registered.</summary>
        private int IndexOf(string action)
        {
            int i = _handlerEnd;
            while ((i -= 2) >= 0 && (string)_handlers[i] != action)
            {
            }

            return i;
        }
    }
}
