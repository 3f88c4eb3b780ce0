// moved: IDigitalInput.Listener is the Contactor (its only listener, the safety interlock; Drivers/Contactor.Interlock.cs)
