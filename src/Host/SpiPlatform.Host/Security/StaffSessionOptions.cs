namespace SpiPlatform.Host.Security;

/// <summary>How long a staff sign-in lasts: <c>Auth:Session:IdleTimeout</c> without a request, <c>AbsoluteTimeout</c> in all.</summary>
internal sealed class StaffSessionOptions
{
    public const string Section = "Auth:Session";

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(8);
}
