// moved to ChargePoint.Firmware/Simulator/SimulatedEntropy.cs (not in the ESP32 image; the program is its own IRandom)
