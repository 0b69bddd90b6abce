namespace OcrAsync.Api.Services;

/// <summary>Set once the schema is up to date; the API reports healthy only after that.</summary>
public sealed class DatabaseMigrationState
{
    private volatile bool _applied;

    public bool IsApplied => _applied;

    public void MarkApplied() => _applied = true;
}
