// moved to ChargePoint.Firmware/Simulator/Simulation.cs (the host program's and the tests' watchdog; the ESP32 program counts its loop passes itself)
