// RemoteStartTransaction.req and .conf: a case of Handlers.Handle (Operations/Handlers.cs), which parses and handles every engine action
// without a method per action. Nothing else lives here: the file goes with the next eng/sync-nfproj.sh.
