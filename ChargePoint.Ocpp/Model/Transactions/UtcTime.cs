// moved to CaptureTime (ToDateTime, ToMs: the conversions between DateTime and UTC milliseconds)
