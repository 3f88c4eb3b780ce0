// moved to IMonotonicClock.cs (UtcNow is a member of the one clock interface)
