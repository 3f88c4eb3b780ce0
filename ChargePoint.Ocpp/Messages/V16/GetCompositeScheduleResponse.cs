// moved to StatusPayload.cs (GetCompositeSchedule.conf is a StatusPayload with ConnectorId, ScheduleStart and ChargingSchedule)
