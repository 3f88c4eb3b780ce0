using ChargePoint.Ocpp.Messages.V16.DataTypes;
using IdTagInfoPayload = ChargePoint.Ocpp.Model.Transactions.IdTagInfoPayload;

// Moved from the image as it was (non-nullable annotations are this project's; the image has none).
#nullable disable
namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>IdTagInfo (Spec §7.14) as the Central System writes it. The charger parses it into its model's form (IdTagInfoPayload.ParseIdTagInfo), so this type lives outside the image.</summary>
    public sealed class IdTagInfo
    {
        /// <summary>Optional UTC dateTime (null when absent).</summary>
        public UtcTimestamp ExpiryDate;

        /// <summary>Optional CiString20.</summary>
        public string ParentIdTag;

        /// <summary>Required, one of <see cref="OcppEnum.AuthorizationStatus"/>.</summary>
        public string Status;
    }
}
