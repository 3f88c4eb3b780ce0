// moved to IdTagInfo (its AuthorizationStatus codes: IdTagInfo.Accepted ... IdTagInfo.ConcurrentTx, IdTagInfo.Base)
