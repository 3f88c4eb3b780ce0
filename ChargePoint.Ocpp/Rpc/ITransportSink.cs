// moved to RpcSession (the transports report to the session itself: Opened, Closed, Received)
