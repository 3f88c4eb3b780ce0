namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Explicit action → handler table (no reflection). An action without a handler answers NotSupported when it is a
    /// known action of the protocol (<c>OcppAction.CentralSystemInitiated</c>), NotImplemented otherwise (the session
    /// decides). Three small parallel arrays (action, handler, service) searched linearly (a few dozen actions, one
    /// lookup per incoming call): a fraction of the heap of two Hashtables.
    /// </summary>
    public sealed class OperationRegistry
    {
        /// <summary>Bound of the table: the protocol has 25 actions a Central System may send.</summary>
        public const int Capacity = 32;

        private readonly string[] _actions = new string[Capacity];
        private readonly IOperationHandler[] _handlers = new IOperationHandler[Capacity];
        private readonly object[] _services = new object[Capacity];
        private int _count;

        /// <summary>Sets the handler of an action and the service it acts on (replacing an earlier pair); service may be null.</summary>
        public void Register(string action, IOperationHandler handler, object service)
        {
            int i = IndexOf(action);
            if (i < 0)
            {
                i = _count++;
                _actions[i] = action;
            }

            _handlers[i] = handler;
            _services[i] = service;
        }

        /// <summary>The action's handler (null when none) and, in service, what to hand its Handle.</summary>
        public IOperationHandler Find(string action, out object service)
        {
            int i = IndexOf(action);
            service = i < 0 ? null : _services[i];
            return i < 0 ? null : _handlers[i];
        }

        private int IndexOf(string action)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_actions[i] == action)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
