namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Explicit action → handler table (no reflection). An action without a handler answers NotSupported when it is a
    /// known action of the protocol (<c>OcppAction.CentralSystemInitiated</c>), NotImplemented otherwise (the session
    /// decides). Two small parallel arrays searched linearly (a few dozen actions, one lookup per incoming call): a
    /// fraction of the heap of two Hashtables.
    /// </summary>
    public sealed class OperationRegistry
    {
        /// <summary>Bound of the table: the protocol has 25 actions a Central System may send.</summary>
        public const int Capacity = 32;

        private readonly string[] _actions = new string[Capacity];
        private readonly IOperationHandler[] _handlers = new IOperationHandler[Capacity];
        private int _count;

        /// <summary>Sets the handler of an action (replacing an earlier one).</summary>
        public void Register(string action, IOperationHandler handler)
        {
            int i = IndexOf(action);
            if (i < 0)
            {
                i = _count++;
                _actions[i] = action;
            }

            _handlers[i] = handler;
        }

        public IOperationHandler Find(string action)
        {
            int i = IndexOf(action);
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
