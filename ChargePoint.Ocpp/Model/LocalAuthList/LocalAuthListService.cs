// moved to AuthorizationService (AddLocalListProfile, ListVersion, Update): the LocalAuthListManagement profile is part of the local authorization
