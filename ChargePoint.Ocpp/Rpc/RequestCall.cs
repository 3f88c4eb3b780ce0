// moved to OutgoingCall.cs (an OutgoingCall is the call of a ready request object)
