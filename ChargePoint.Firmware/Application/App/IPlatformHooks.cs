using ChargePoint.Hal;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// What the platform does for the charger on request (ESP32: the program; host and tests: the simulation). One
    /// interface rather than a delegate type per callback: each delegate type is a class with four methods in the image.
    /// </summary>
    public interface IPlatformHooks
    {
        /// <summary>Builds the HAL ports for a board (ESP32: GPIO/PWM/ADC/SPI adapters; host and tests: the simulated board).</summary>
        HardwarePorts Ports(BoardDefinition board);

        /// <summary>
        /// Creates the WebSocket transport: once per charger, only with a Central System URL (it creates a new socket per
        /// attempt itself).
        /// </summary>
        IOcppTransport Transport();

        /// <summary>Sets the wall clock to the Central System's time (ESP32: Rtc.SetSystemTime; simulation: the simulated clock).</summary>
        void SetUtc(System.DateTime utcNow);

        /// <summary>Shown in status: "Wi-Fi MyNet ip 192.168.1.20", "simulated host network".</summary>
        string NetworkStatus();
    }
}
