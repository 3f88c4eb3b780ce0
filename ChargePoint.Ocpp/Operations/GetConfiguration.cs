// moved to Handlers.Handle (case GetConfiguration)
