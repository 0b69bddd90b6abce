using System.Reflection;
using NetArchTest.Rules;

namespace OcrAsync.Tests.Architecture;

/// <summary>
/// The direction of dependencies inside OcrAsync.Core (docs/architecture.md): extraction ← OCR ← jobs. The parts are
/// folders (namespaces) of one project, so these tests are what keeps them apart.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly Core = typeof(InvoiceFieldExtractor).Assembly;

    /// <summary>Pure extraction: text and fields in, fields out.</summary>
    private static readonly string[] Extraction =
        ["OcrAsync.Core.Invoices", "OcrAsync.Core.Templates", "OcrAsync.Core.Documents", "OcrAsync.Core.EInvoices"];

    /// <summary>The Tesseract binding, the engine pool, PDF and image handling, the pipeline that runs OCR then extraction.</summary>
    private static readonly string[] Ocr = ["OcrAsync.Core.Ocr", "OcrAsync.Core.Processing"];

    /// <summary>Stored jobs and what moves them: the EF model, the job store, Redis streams, notifications, corrections.</summary>
    private static readonly string[] Jobs =
    [
        "OcrAsync.Core.Jobs", "OcrAsync.Core.Data", "OcrAsync.Core.Messaging", "OcrAsync.Core.Notifications",
        "OcrAsync.Core.Corrections",
    ];

    private static readonly string[] Infrastructure = ["Microsoft.EntityFrameworkCore", "Npgsql", "StackExchange.Redis", "Microsoft.AspNetCore"];

    [Fact]
    public void Extraction_does_not_depend_on_databases_redis_aspnet_or_the_jobs_part() =>
        AssertNoDependency(Extraction, [.. Infrastructure, .. Jobs]);

    [Fact]
    public void Invoice_reading_does_not_depend_on_templates() =>
        // Templates build on the invoice reading (its parsers, lines, fields); the reading applies them through IInvoiceTemplates.
        AssertNoDependency(["OcrAsync.Core.Invoices"], ["OcrAsync.Core.Templates"]);

    [Fact]
    public void Ocr_does_not_depend_on_databases_redis_aspnet_or_the_jobs_part() =>
        AssertNoDependency(Ocr, [.. Infrastructure, .. Jobs]);

    [Fact]
    public void Core_does_not_reference_aspnet_core()
    {
        var referenced = Core.GetReferencedAssemblies().Select(a => a.Name).Where(n => n!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Empty(referenced);
        AssertNoDependency(["OcrAsync.Core"], ["Microsoft.AspNetCore"]);
    }

    [Fact]
    public void The_rules_see_a_real_dependency()
    {
        // Guards the rules above against passing vacuously (a wrong namespace, an empty selection).
        var templates = Types.InAssembly(Core).That().ResideInNamespace("OcrAsync.Core.Templates")
            .ShouldNot().HaveDependencyOnAny("OcrAsync.Core.Invoices").GetResult();
        Assert.False(templates.IsSuccessful);
        var jobs = Types.InAssembly(Core).That().ResideInNamespace("OcrAsync.Core.Jobs")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore").GetResult();
        Assert.False(jobs.IsSuccessful);
    }

    private static void AssertNoDependency(string[] part, string[] forbidden)
    {
        var types = Types.InAssembly(Core).That().ResideInNamespace(part[0]);
        foreach (var ns in part.Skip(1))
        {
            types = types.Or().ResideInNamespace(ns);
        }

        var result = types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        var failing = result.FailingTypeNames ?? [];
        Assert.True(failing.Count == 0, $"{string.Join(", ", part)} must not depend on {string.Join(", ", forbidden)}; these do: {string.Join(", ", failing)}");
    }
}
