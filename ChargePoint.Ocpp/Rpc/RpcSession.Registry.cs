namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The explicit action → service table (no reflection): which actions this build serves, and the object each
    /// action's handler acts on. An action not registered answers NotSupported when it is a known action of the
    /// protocol (<c>OcppAction.CentralSystemInitiated</c>), NotImplemented otherwise. Two small parallel arrays searched
    /// linearly: a few dozen actions, one lookup per incoming call. <see cref="Dispatcher"/> turns a registered action
    /// into its handler method.
    /// </summary>
    public sealed partial class RpcSession
    {
        /// <summary>Bound of the table: the protocol has 25 actions a Central System may send.</summary>
        public const int HandlerCapacity = 32;

        /// <summary>Calls the handler of a registered action (<c>Operations.Handlers.Handle</c>, or the certificate management's, which falls back to it).</summary>
        public OperationHandler Dispatcher;

        private readonly string[] _actions = new string[HandlerCapacity];
        private readonly object[] _services = new object[HandlerCapacity];
        private int _handlerCount;

        /// <summary>Serves an action with the given service (replacing an earlier one); service may be null.</summary>
        public void Register(string action, object service)
        {
            int i = _handlerCount;
            while (--i >= 0 && _actions[i] != action)
            {
            }

            if (i < 0)
            {
                i = _handlerCount++;
                _actions[i] = action;
            }

            _services[i] = service;
        }

        /// <summary>Whether the action is served and, in service, what its handler acts on.</summary>
        public bool Find(string action, out object service)
        {
            int i = _handlerCount;
            while (--i >= 0 && _actions[i] != action)
            {
            }

            service = i < 0 ? null : _services[i];
            return i >= 0;
        }
    }
}
