using Streams.Client.Cli;
using Xunit;

namespace Streams.UnitTests.Client;

public sealed class StreamsCommandLineTests
{
    [Fact]
    public void A_handle_written_with_its_at_sign_is_a_handle_not_a_response_file()
    {
        var result = StreamsCommandLine.Parse(["brands", "add", "--id", "acme", "--name", "Acme", "--handle", "@AcmeCare", "--query", "acme OR @AcmeCare"]);

        Assert.Empty(result.Errors);
        Assert.Equal(["@AcmeCare"], result.GetValue<string[]>("--handle") ?? []);
        Assert.Equal("acme OR @AcmeCare", result.GetValue<string>("--query"));
    }

    [Fact]
    public void Preview_takes_the_brand_options_and_its_own()
    {
        var result = StreamsCommandLine.Parse(["brands", "preview", "--id", "acme", "--name", "Acme", "--handle", "@AcmeCare", "--posts", "samples.txt", "--matched"]);

        Assert.Empty(result.Errors);
        Assert.True(result.GetValue<bool>("--matched"));
    }
}
