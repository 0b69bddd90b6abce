using System.Diagnostics.CodeAnalysis;

namespace OcrAsync.Api.Apis;

/// <summary>What was read from a request, or the problem answer that says why it could not be.</summary>
public readonly struct RequestRead<T>
    where T : class
{
    private readonly T? _value;
    private readonly ProblemHttpResult? _problem;

    /// <summary>A value read (C# has no implicit conversion from an interface such as IFormCollection).</summary>
    public RequestRead(T value) => _value = value;

    private RequestRead(ProblemHttpResult problem) => _problem = problem;

    public static implicit operator RequestRead<T>(T value) => new(value);

    public static implicit operator RequestRead<T>(ProblemHttpResult problem) => new(problem);

    /// <summary>True (with the problem to answer) when the read failed; otherwise false with the value.</summary>
    public bool Failed([NotNullWhen(true)] out ProblemHttpResult? problem, [NotNullWhen(false)] out T? value)
    {
        (problem, value) = (_problem, _value);
        return problem is not null;
    }
}
