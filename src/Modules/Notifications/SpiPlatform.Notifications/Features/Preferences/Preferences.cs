using SpiPlatform.Notifications.Domain;

namespace SpiPlatform.Notifications.Features.Preferences;

/// <summary>The languages a person can have their mail in.</summary>
internal static class MailLanguage
{
    public const string Welsh = "cy";
    public const string English = "en";
    public const string Both = "both";

    public static IReadOnlyList<string> All { get; } = [Welsh, English, Both];
}

/// <summary>A person's choices: per kind of reminder how it is mailed, and in which language (<see cref="MailLanguage"/>).</summary>
internal sealed record NotificationPreferences(IReadOnlyDictionary<string, Delivery> Delivery, string Language);

/// <summary>What the preferences form posts: per kind the name of a <see cref="Domain.Delivery"/>, and a <see cref="MailLanguage"/>.</summary>
internal sealed record PreferencesInput(IReadOnlyDictionary<string, string?> Delivery, string? Language);
