
namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// Checks a downloaded bundle before anything is installed: <see cref="Ok"/>, <see cref="Damaged"/> (malformed,
    /// truncated, extended or a digest mismatch: the download failed and may be retried) or <see cref="Incompatible"/>
    /// (a sound bundle for another board or loader ABI: the installation fails): <see cref="CheckResult"/>'s values (a
    /// part of BundleJob: one type in the .pe).
    /// </summary>
    public sealed partial class BundleJob
    {
        public const int Ok = 0;

        public const int Damaged = 1;

        public const int Incompatible = 2;
    }
}
