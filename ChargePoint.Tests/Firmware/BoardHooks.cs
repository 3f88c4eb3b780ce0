using System;
using ChargePoint.Firmware.App;
using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>Platform hooks of a bare charger on given ports: an in-memory transport, a clock that is not set, no network.</summary>
    public sealed class BoardHooks : IPlatformHooks
    {
        private readonly HardwarePorts _ports;

        public BoardHooks(HardwarePorts ports)
        {
            _ports = ports;
        }

        public HardwarePorts Ports(BoardDefinition board)
        {
            return _ports;
        }

        public IOcppTransport Transport()
        {
            return new InMemoryTransport();
        }

        public void SetUtc(DateTime utcNow)
        {
        }

        public string NetworkStatus()
        {
            return "none";
        }
    }
}
