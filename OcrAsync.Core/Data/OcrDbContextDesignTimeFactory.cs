using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OcrAsync.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database or host.</summary>
internal sealed class OcrDbContextDesignTimeFactory : IDesignTimeDbContextFactory<OcrDbContext>
{
    public OcrDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OcrDbContext>()
            .UseNpgsql("Host=localhost;Database=ocrdb")
            .Options);
}
