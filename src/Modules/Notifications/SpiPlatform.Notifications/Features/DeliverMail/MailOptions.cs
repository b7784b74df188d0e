using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace SpiPlatform.Notifications.Features.DeliverMail;

/// <summary>How notification mail leaves (section <c>Notifications:Mail</c>).</summary>
internal sealed class MailOptions
{
    public const string Section = "Notifications:Mail";

    /// <summary>False stops the every-minute delivery job (tests deliver by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When set, mail is written as .eml files to this folder (relative to the content root) instead of sent: Development.</summary>
    public string? PickupDirectory { get; set; }

    [Required] public string Host { get; set; } = "localhost";
    [Range(1, 65535)] public int Port { get; set; } = 25;
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    [Range(1, 600)] public int TimeoutSeconds { get; set; } = 30;

    [Required, EmailAddress] public string FromAddress { get; set; } = "no-reply@spi.wales";
    [Required] public string FromName { get; set; } = "SPI Platform";

    /// <summary>The site's address, to make the links in mail absolute.</summary>
    [Required] public string SiteUrl { get; set; } = "http://localhost:5080";

    /// <summary>Attempts before a delivery is recorded as failed.</summary>
    [Range(1, 50)] public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failure; each further failure doubles it.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 500)] public int BatchSize { get; set; } = 20;

    public TimeSpan RetryAfter(int attemptsSoFar) => FirstRetryAfter * Math.Pow(2, Math.Max(0, attemptsSoFar - 1));
}
