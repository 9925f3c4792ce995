using Recruitment.Applications.Applications.Documents;

namespace Recruitment.Applications.Tests.Documents;

/// <summary>R10 documents are recognised by their first bytes, never by their name.</summary>
public sealed class DocumentContentTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1 }, "image/jpeg")]
    public void Accepted_formats_are_recognised(byte[] start, string contentType) => Assert.Equal(contentType, DocumentContent.Sniff(start));

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44 })]
    [InlineData(new byte[] { })]
    public void Anything_else_is_not(byte[] start) => Assert.Null(DocumentContent.Sniff(start));
}
