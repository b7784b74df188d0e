namespace SpiPlatform.SharedKernel.Errors;

/// <summary>The error codes every API error carries in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>Input failed validation; the error names the offending field.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";
    /// <summary>The thing asked for does not exist (or is not visible to the caller).</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>The caller is known but not allowed to do this.</summary>
    public const string Forbidden = "FORBIDDEN";
    /// <summary>The caller must authenticate first.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>The change conflicts with the current state (duplicate, stale version, wrong status).</summary>
    public const string Conflict = "CONFLICT";
    /// <summary>The operation took longer than the server allows.</summary>
    public const string Timeout = "TIMEOUT";
}
