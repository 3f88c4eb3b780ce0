// moved to TransactionService (Model/Metering/MeteringService.cs, the metering half of TransactionService): the samples are delivered inside the service
