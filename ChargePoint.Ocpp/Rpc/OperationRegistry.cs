namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Explicit action → handler table (no reflection). An action that has no handler answers NotSupported
    /// when it is a known action of the protocol (declared with <see cref="DeclareKnown"/>), NotImplemented otherwise.
    /// Two small parallel arrays searched linearly (a few dozen actions, one lookup per incoming call): a fraction of
    /// the heap of two Hashtables.
    /// </summary>
    public sealed class OperationRegistry
    {
        private string[] _actions = new string[0];
        private IOperationHandler[] _handlers = new IOperationHandler[0];
        private int _count;
        private string _known = string.Empty;

        public void Register(string action, IOperationHandler handler)
        {
            int i = IndexOf(action);
            if (i < 0)
            {
                if (_count == _actions.Length)
                {
                    Grow(_count + 4);
                }

                i = _count++;
                _actions[i] = action;
            }

            _handlers[i] = handler;
        }

        /// <summary>The protocol's actions, space-separated (<c>OcppAction.CentralSystemInitiated</c>); replaces an earlier declaration.</summary>
        public void DeclareKnown(string actions) => _known = actions;

        public IOperationHandler Find(string action)
        {
            int i = IndexOf(action);
            return i < 0 ? null : _handlers[i];
        }

        /// <summary>Whether an action without a handler (<see cref="Find"/> gave null) is declared.</summary>
        public bool IsKnown(string action) => Messages.Validate.IsOneOf(action, _known);

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

        private void Grow(int capacity)
        {
            var actions = new string[capacity];
            var handlers = new IOperationHandler[capacity];
            for (int i = 0; i < _count; i++)
            {
                actions[i] = _actions[i];
                handlers[i] = _handlers[i];
            }

            _actions = actions;
            _handlers = handlers;
        }
    }
}
