using Microsoft.Win32.SafeHandles;

namespace OcrAsync.Core.Ocr.Tesseract;

/// <summary>Owns a <c>TessResultIterator*</c>. The page iterator taken from it is borrowed and not freed.</summary>
internal sealed class ResultIteratorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResultIteratorHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        TessApi.ResultIteratorDelete(handle);
        return true;
    }
}
