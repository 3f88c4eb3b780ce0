// moved to RpcSession.TransactionSource (the TransactionService itself)
