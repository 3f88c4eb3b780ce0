// moved to OcppChargePoint (constructor arguments, Identity, BootNotification and the constants)
