namespace SpiPlatform.SharedKernel.Errors;

/// <summary>The outcome of a command: its value, or the problems that stopped it (nothing was changed).</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<Problem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The value when the command succeeded.</summary>
    public T? Value { get; }

    /// <summary>Why the command was refused; empty on success.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether the command succeeded.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>A success.</summary>
    public static Result<T> Ok(T value) => new(value, []);

    /// <summary>A refusal.</summary>
    public static Result<T> Fail(params IReadOnlyList<Problem> problems)
        => problems.Count == 0 ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems)) : new(default, problems);

    /// <summary>A refusal with the problems of another result.</summary>
    public Result<TOther> Cast<TOther>() => Result<TOther>.Fail(Problems);

    /// <summary>Turns a value into a success.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>Turns one problem into a failure.</summary>
    public static implicit operator Result<T>(Problem problem) => Fail(problem);
}
