namespace OcrAsync.Tests.Ocr;

public sealed class OpenMpEnvironmentTests
{
    [Fact]
    public void Managed_SetEnvironmentVariable_is_invisible_to_native_code_but_libc_setenv_is_seen()
    {
        var name = $"OCRASYNC_TEST_{Guid.NewGuid():N}";

        Environment.SetEnvironmentVariable(name, "managed");
        Assert.Null(OpenMpEnvironment.GetNativeVariable(name));

        OpenMpEnvironment.SetNativeVariable(name, "native");
        Assert.Equal("native", OpenMpEnvironment.GetNativeVariable(name));
    }

    [Fact]
    public void Thread_limit_is_set_for_the_test_process()
    {
        // The suite must run with OMP_THREAD_LIMIT=1 exported (test.sh); otherwise OCR tests run ~5x slower.
        Assert.Equal("1", OpenMpEnvironment.GetThreadLimit());
        Assert.True(OpenMpEnvironment.IsThreadLimitSet);
    }
}
