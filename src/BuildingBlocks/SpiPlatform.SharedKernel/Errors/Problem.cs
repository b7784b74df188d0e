namespace SpiPlatform.SharedKernel.Errors;

/// <summary>
/// Why a command was refused: an <see cref="ErrorCodes"/> code, a plain-English message (also the key for
/// its translation) and, for input errors, the input field at fault (e.g. <c>odsCode</c>).
/// </summary>
public sealed record Problem(string Code, string Message, string? Field = null)
{
    /// <summary>For a message that carries values: the message with {0}-style placeholders, the key for its translation.</summary>
    public string? Template { get; init; }

    /// <summary>The values for <see cref="Template"/>.</summary>
    public IReadOnlyList<object> Args { get; init; } = [];

    /// <summary>A problem whose message carries values, so that it can still be translated.</summary>
    public static Problem Describe(string code, string? field, string template, params object[] args)
        => new(code, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args), field) { Template = template, Args = args };

    /// <summary>An input field is wrong.</summary>
    public static Problem Invalid(string field, string message) => new(ErrorCodes.ValidationFailed, message, field);

    /// <summary>The change clashes with the current state.</summary>
    public static Problem Conflict(string message, string? field = null) => new(ErrorCodes.Conflict, message, field);

    /// <summary>The thing does not exist.</summary>
    public static Problem NotFound(string message) => new(ErrorCodes.NotFound, message);

    /// <summary>The caller may not do this.</summary>
    public static Problem Forbidden(string message) => new(ErrorCodes.Forbidden, message);
}
