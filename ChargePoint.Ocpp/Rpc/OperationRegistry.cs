using System.Collections;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Explicit action → handler table (no reflection). An action that has no handler answers NotSupported
    /// when it is a known action of the protocol (declared with <see cref="DeclareKnown"/>), NotImplemented otherwise.
    /// </summary>
    public sealed class OperationRegistry
    {
        private readonly Hashtable _handlers = new Hashtable();
        private readonly Hashtable _known = new Hashtable();

        public void Register(string action, IOperationHandler handler)
        {
            _handlers[action] = handler;
            _known[action] = action;
        }

        public void Unregister(string action) => _handlers.Remove(action);

        public void DeclareKnown(string[] actions)
        {
            for (int i = 0; i < actions.Length; i++)
            {
                _known[actions[i]] = actions[i];
            }
        }

        public IOperationHandler? Find(string action) => (IOperationHandler?)_handlers[action];

        public bool IsKnown(string action) => _known.Contains(action);
    }
}
