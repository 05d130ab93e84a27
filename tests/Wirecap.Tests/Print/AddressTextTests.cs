using System.Net;
using Wirecap.Print;
using Xunit;

namespace Wirecap.Tests.Print;

public class AddressTextTests
{
    [Theory]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("fe80::1", "fe80::1")]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("::ffff:192.0.2.1", "::ffff:192.0.2.1")]
    [InlineData("::192.0.2.1", "::192.0.2.1")]
    [InlineData("1:0:0:0:0:0:0:0", "1::")]
    public void FormatsIPv6AsTcpdump(string input, string expected)
    {
        var bytes = IPAddress.Parse(input).GetAddressBytes();
        Span<byte> dst = stackalloc byte[46];
        int n = AddressText.FormatIPv6(bytes, dst);
        Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(dst[..n]));
    }
}
