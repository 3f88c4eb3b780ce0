namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// The explicit action → handler table (no reflection). An action without a handler answers NotSupported when it is
    /// a known action of the protocol (<c>OcppAction.CentralSystemInitiated</c>), NotImplemented otherwise. Three small
    /// parallel arrays (action, handler, service) searched linearly: a few dozen actions, one lookup per incoming call.
    /// </summary>
    public sealed partial class RpcSession
    {
        /// <summary>Bound of the table: the protocol has 25 actions a Central System may send.</summary>
        public const int HandlerCapacity = 32;

        private readonly string[] _actions = new string[HandlerCapacity];
        private readonly OperationHandler[] _handlers = new OperationHandler[HandlerCapacity];
        private readonly object[] _services = new object[HandlerCapacity];
        private int _handlerCount;

        /// <summary>Sets the handler of an action and the service it acts on (replacing an earlier pair); service may be null.</summary>
        public void Register(string action, OperationHandler handler, object service)
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

            _handlers[i] = handler;
            _services[i] = service;
        }

        /// <summary>The action's handler (null when none) and, in service, what to hand it.</summary>
        public OperationHandler Find(string action, out object service)
        {
            int i = _handlerCount;
            while (--i >= 0 && _actions[i] != action)
            {
            }

            service = i < 0 ? null : _services[i];
            return i < 0 ? null : _handlers[i];
        }
    }
}
