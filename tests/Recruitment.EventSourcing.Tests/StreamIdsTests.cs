namespace Recruitment.EventSourcing.Tests;

public sealed class StreamIdsTests
{
    [Fact]
    public void The_same_key_always_names_the_same_stream_and_another_key_another()
    {
        Assert.Equal(StreamIds.For("vacancy", "250700"), StreamIds.For("vacancy", "250700"));
        Assert.NotEqual(StreamIds.For("vacancy", "250700"), StreamIds.For("vacancy", "250702"));
        Assert.NotEqual(StreamIds.For("vacancy", "250700"), StreamIds.For("other", "250700"));
    }

    [Fact]
    public void It_is_a_version_5_uuid()
    {
        var id = StreamIds.For("vacancy", "250700").ToString();

        Assert.Equal('5', id[14]);
        Assert.Contains(id[19], "89ab");
    }
}
