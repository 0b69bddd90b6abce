using System.Reflection;
using OcrAsync.Api.Apis;

namespace OcrAsync.Tests.Architecture;

/// <summary>Endpoint handlers stay small: a request bound with [AsParameters] instead of a long parameter list.</summary>
public sealed class HandlerShapeTests
{
    private const int MaxParameters = 5;

    [Fact]
    public void No_endpoint_handler_takes_more_than_five_parameters()
    {
        var handlers = typeof(OcrApi).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Api", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.Name.StartsWith("Map", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(handlers, m => m.Name == "ProcessAsync"); // The selection sees the handlers.
        var tooLong = handlers.Where(m => m.GetParameters().Length > MaxParameters)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name} ({m.GetParameters().Length})");
        Assert.Empty(tooLong);
    }
}
