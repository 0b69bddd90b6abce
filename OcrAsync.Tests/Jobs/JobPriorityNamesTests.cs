namespace OcrAsync.Tests.Jobs;

public sealed class JobPriorityNamesTests
{
    public static TheoryData<JobPriority> Priorities => [.. Enum.GetValues<JobPriority>()];

    [Theory]
    [MemberData(nameof(Priorities))]
    public void A_priority_is_named_in_telemetry_as_the_api_enum_converter_writes_it(JobPriority priority)
    {
        // The tag a dashboard filters on and the field a client sends ("priority=high") are one word.
        Assert.Equal(JsonSerializer.Serialize(priority, OcrJsonOptions.Default), $"\"{JobPriorityNames.Name(priority)}\"");
    }

    [Fact]
    public void Every_priority_has_its_own_name()
    {
        var names = Enum.GetValues<JobPriority>().Select(JobPriorityNames.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
