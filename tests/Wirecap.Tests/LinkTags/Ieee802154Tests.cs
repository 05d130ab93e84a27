using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.LinkTags;

/// <summary>
/// IEEE 802.15.4 frames (print-802_15_4.c) against tcpdump 4.99.3: every frame type, version and address mode,
/// PAN ID compression cases, 2- and 4-byte FCS (and none), security headers with each key mode and MICs, header
/// and payload IE lists, old-style beacon fields, MAC commands, multipurpose frames in both formats, and frames
/// cut short; then some of them behind the TAP pseudo-header, with bad and short pseudo-headers. Printed with
/// "tcpdump -t -n [-v|-vvv -e]", whose output is the expected text here.
/// </summary>
public class Ieee802154Tests
{
    private const int IeeeLinkType = 195, TapLinkType = 283;

    [Fact]
    public void IeeeDefault() => Assert.Equal(IeeeExpectedDefault, InProcessPrint.HexFrames(IeeeFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, IeeeLinkType));

    [Fact]
    public void IeeeV() => Assert.Equal(IeeeExpectedV, InProcessPrint.HexFrames(IeeeFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }, IeeeLinkType));

    [Fact]
    public void IeeeVvvE() => Assert.Equal(IeeeExpectedVvvE, InProcessPrint.HexFrames(IeeeFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true, Verbose = 3 }, IeeeLinkType));

    [Fact]
    public void TapDefault() => Assert.Equal(TapExpectedDefault, InProcessPrint.HexFrames(TapFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, TapLinkType));

    [Fact]
    public void TapVvvE() => Assert.Equal(TapExpectedVvvE, InProcessPrint.HexFrames(TapFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true, Verbose = 3 }, TapLinkType));

    private const string IeeeExpectedDefault =
        "IEEE 802.15.4 Data packet v0 abcd:1234 < -:5678 \n"
        + "\t0x0000:  6865 6c6c 6f                             hello\n"
        + "IEEE 802.15.4 Data packet v1 abcd:08:07:06:05:04:03:02:01 < 1234:18:17:16:15:14:13:12:11 \n"
        + "\t0x0000:  7879                                     xy\n"
        + "IEEE 802.15.4 Data packet v1 -:none < 1234:5678 \n"
        + "\t0x0000:  6e6f 6663 7321                           nofcs!\n"
        + "IEEE 802.15.4 Beacon packet v1 -:none < 1234:0001  [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Beacon packet v0 -:none < 1234:0001 \n"
        + "IEEE 802.15.4 Beacon packet v0 -:none < 1234:0001  [ERROR: Truncated GTS Info List]\n"
        + "IEEE 802.15.4 Beacon packet v0 -:none < 1234:0001  [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < -:5678 \n"
        + "\tLE CSL IE [ length = 3, IE Data = 01 02 03 ] \n"
        + "\tHeader Termination 1 IE [] \n"
        + "\tVendor Specific Nested IE [ length = 5, IE Data = 00 11 22 33 44 ]\n"
        + "\t\n"
        + "\tIETF IE [ length = 2, IE Data = 01 02 ]\n"
        + "\t\n"
        + "\tMLME IE [ length = 2, IE Data = 09 08 ]\n"
        + "\t\n"
        + "\tList termination []\n"
        + "\t\n"
        + "\t0x0000:  6461 7461                                data\n"
        + "IEEE 802.15.4 Data packet v2 abcd:08:07:06:05:04:03:02:01 < -:18:17:16:15:14:13:12:11 \n"
        + "\tHeader Termination 2 IE [ length = 2, IE Data = aa bb ] \n"
        + "\t0x0000:  706c                                     pl\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < abcd:5678 [ERROR: Header IE with type 1] \n"
        + "\tFragment Sequence Context Description IE [ length = 5, [ERROR: Truncated IE data]\n"
        + "IEEE 802.15.4 Command packet v0 abcd:1234 < -:5678 Command ID = Data Request command \n"
        + "IEEE 802.15.4 Command packet v0 abcd:1234 < -:5678 Command ID = Reserved 0x35 Command Data = 00 01 \n"
        + "\t0x0000:  0001                                     ..\n"
        + "IEEE 802.15.4 Command packet v0 abcd:1234 < -:5678 Command ID = Reserved 0x0c Command Data = 00 \n"
        + "\t0x0000:  00                                       .\n"
        + "IEEE 802.15.4 Command packet v0 abcd:1234 < -:5678 [ERROR: Truncated before Command ID]\n"
        + "IEEE 802.15.4 Data packet v1 abcd:1234 < -:5678 \n"
        + "\t0x0000:  ab34 1207 656e 63                        .4..enc\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < -:5678 \n"
        + "\t0x0000:  0607 0809 656e 63                        ....enc\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < -:5678 [ERROR: Truncated before MIC]\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < -:5678 [ERROR: Truncated before Frame Counter]\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < -:5678 \n"
        + "\tHeader Termination 1 IE [] Payload IEs present, but encrypted, cannot print \n"
        + "\t0x0000:  0590 0011 2233 4402 a801 0202 8809 0800  ....\"3D.........\n"
        + "\t0x0010:  f84d 4943 34                             .MIC4\n"
        + "IEEE 802.15.4 Data packet v0 [ERROR: Invalid dst address mode]\n"
        + "IEEE 802.15.4 Data packet v0 [ERROR: Invalid src address mode]\n"
        + "IEEE 802.15.4 Data packet v0 [ERROR: Sequence number suppressed on frames where version < 2]0000:0000 < 0000:[ERROR: Truncated before dst_addr]\n"
        + "IEEE 802.15.4 Data packet v2 abcd:none < -:none \n"
        + "IEEE 802.15.4 Data packet v2 -:1234 < -:none \n"
        + "IEEE 802.15.4 Data packet v0 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:1234 \n"
        + "\t0x0000:  0000                                     ..\n"
        + "IEEE 802.15.4 ACK packet v0 -:none < -:none \n"
        + "IEEE 802.15.4 ACK packet v0 -:none < -:none \n"
        + "IEEE 802.15.4 Reserved packet \n"
        + "IEEE 802.15.4 Multipurpose packet -:none <  -:none \n"
        + "\t0x0000:  0102 0304 05                             .....\n"
        + "IEEE 802.15.4 Fragment packet \n"
        + "IEEE 802.15.4 Extended packet \n"
        + " [|802.15.4]\n"
        + "IEEE 802.15.4 Multipurpose packet v0 abcd:1234 <  -:5678 \n"
        + "\t0x0000:  6d70                                     mp\n"
        + "IEEE 802.15.4 Multipurpose packet v1 -:08:07:06:05:04:03:02:01 <  -:none \n"
        + "\tHeader Termination 2 IE [] \n"
        + "\t0x0000:  7a                                       z\n"
        + "IEEE 802.15.4 Multipurpose packet v0 abcd:1234 <  -:5678 \n"
        + "\t0x0000:  0765                                     .e\n"
        + "IEEE 802.15.4 Multipurpose packet -:1234 <  -:none \n"
        + "\t0x0000:  7368 6f72 74                             short\n"
        + "IEEE 802.15.4 Multipurpose packet v0 [ERROR: Invalid dst address mode]\n"
        + "IEEE 802.15.4 Multipurpose packet v0 [ERROR: Truncated before dst_pan]\n"
        ;

    private const string IeeeExpectedV =
        "IEEE 802.15.4 Data packet v0 seq 2a abcd:1234 < -:5678 \n"
        + "\t0x0000:  6865 6c6c 6f                             hello\n"
        + "IEEE 802.15.4 Data packet v1 seq 01 abcd:08:07:06:05:04:03:02:01 < 1234:18:17:16:15:14:13:12:11 \n"
        + "\t0x0000:  7879                                     xy\n"
        + "IEEE 802.15.4 Data packet v1 seq 05 -:none < 1234:5678 \n"
        + "\t0x0000:  6e6f 6663 7321                           nofcs!\n"
        + "IEEE 802.15.4 Beacon packet v1 seq 07 -:none < 1234:0001 \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 3, BLE enabled, PAN Coordinator, Association Permit\n"
        + "\tPending address list, # short addresses = 1, # extended addresses = 2 [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15\n"
        + "\tGTS Descriptor Count = 0, \n"
        + "\tPending address list, # short addresses = 0, # extended addresses = 0\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15 [ERROR: Truncated GTS Info List]\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15\n"
        + "\tGTS Descriptor Count = 0, \n"
        + "\tPending address list, # short addresses = 7, # extended addresses = 2 [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Data packet v2 seq 09 abcd:1234 < -:5678 \n"
        + "\tLE CSL IE [ length = 3, IE Data = 01 02 03 ] \n"
        + "\tHeader Termination 1 IE [] \n"
        + "\tVendor Specific Nested IE [ length = 5, IE Data = 00 11 22 33 44 ]\n"
        + "\t\n"
        + "\tIETF IE [ length = 2, IE Data = 01 02 ]\n"
        + "\t\n"
        + "\tMLME IE [ length = 2, IE Data = 09 08 ]\n"
        + "\t\n"
        + "\tList termination []\n"
        + "\t\n"
        + "\t0x0000:  6461 7461                                data\n"
        + "IEEE 802.15.4 Data packet v2 seq suppressed abcd:08:07:06:05:04:03:02:01 < -:18:17:16:15:14:13:12:11 \n"
        + "\tHeader Termination 2 IE [ length = 2, IE Data = aa bb ] \n"
        + "\t0x0000:  706c                                     pl\n"
        + "IEEE 802.15.4 Data packet v2 seq 09 abcd:1234 < abcd:5678 [ERROR: Header IE with type 1] \n"
        + "\tFragment Sequence Context Description IE [ length = 5, [ERROR: Truncated IE data]\n"
        + "IEEE 802.15.4 Command packet v0 seq 10 abcd:1234 < -:5678 Command ID = Data Request command \n"
        + "IEEE 802.15.4 Command packet v0 seq 10 abcd:1234 < -:5678 Command ID = Reserved 0x35 Command Data = 00 01 \n"
        + "\t0x0000:  0001                                     ..\n"
        + "IEEE 802.15.4 Command packet v0 seq 10 abcd:1234 < -:5678 Command ID = Reserved 0x0c Command Data = 00 \n"
        + "\t0x0000:  00                                       .\n"
        + "IEEE 802.15.4 Command packet v0 seq 10 abcd:1234 < -:5678 [ERROR: Truncated before Command ID]\n"
        + "IEEE 802.15.4 Data packet v1 seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 5, Key Id Mode 1, \n"
        + "\t0x0000:  ab34 1207 656e 63                        .4..enc\n"
        + "IEEE 802.15.4 Data packet v2 seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 7, Key Id Mode 3, \n"
        + "\t0x0000:  0607 0809 656e 63                        ....enc\n"
        + "IEEE 802.15.4 Data packet v2 seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 2, Key Id Mode 0, [ERROR: Truncated before MIC]\n"
        + "IEEE 802.15.4 Data packet v2 seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 0, Key Id Mode 1, [ERROR: Truncated before Frame Counter]\n"
        + "IEEE 802.15.4 Data packet v2 seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 4, Key Id Mode 1, \n"
        + "\tHeader Termination 1 IE [] Payload IEs present, but encrypted, cannot print \n"
        + "\t0x0000:  0590 0011 2233 4402 a801 0202 8809 0800  ....\"3D.........\n"
        + "\t0x0010:  f84d 4943 34                             .MIC4\n"
        + "IEEE 802.15.4 Data packet v0 seq 01 [ERROR: Invalid dst address mode]\n"
        + "IEEE 802.15.4 Data packet v0 seq 01 [ERROR: Invalid src address mode]\n"
        + "IEEE 802.15.4 Data packet v0 [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed 0000:0000 < 0000:[ERROR: Truncated before dst_addr]\n"
        + "IEEE 802.15.4 Data packet v2 seq 01 abcd:none < -:none \n"
        + "IEEE 802.15.4 Data packet v2 seq 01 -:1234 < -:none \n"
        + "IEEE 802.15.4 Data packet v0 seq 01 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:1234 \n"
        + "\t0x0000:  0000                                     ..\n"
        + "IEEE 802.15.4 ACK packet v0 seq 44 -:none < -:none \n"
        + "IEEE 802.15.4 ACK packet v0 seq 44 -:none < -:none \n"
        + "IEEE 802.15.4 Reserved packet \n"
        + "IEEE 802.15.4 Multipurpose packet seq 88 -:none <  -:none \n"
        + "\t0x0000:  0102 0304 05                             .....\n"
        + "IEEE 802.15.4 Fragment packet \n"
        + "IEEE 802.15.4 Extended packet \n"
        + " [|802.15.4]\n"
        + "IEEE 802.15.4 Multipurpose packet v0 seq 21 abcd:1234 <  -:5678 \n"
        + "\t0x0000:  6d70                                     mp\n"
        + "IEEE 802.15.4 Multipurpose packet v1 -:08:07:06:05:04:03:02:01 <  -:none \n"
        + "\tHeader Termination 2 IE [] \n"
        + "\t0x0000:  7a                                       z\n"
        + "IEEE 802.15.4 Multipurpose packet v0 seq 22 abcd:1234 <  -:5678 \n"
        + "\tSecurity Level 5, Key Id Mode 0, \n"
        + "\t0x0000:  0765                                     .e\n"
        + "IEEE 802.15.4 Multipurpose packet seq 33 -:1234 <  -:none \n"
        + "\t0x0000:  7368 6f72 74                             short\n"
        + "IEEE 802.15.4 Multipurpose packet v0 seq 00 [ERROR: Invalid dst address mode]\n"
        + "IEEE 802.15.4 Multipurpose packet v0 seq 01 [ERROR: Truncated before dst_pan]\n"
        ;

    private const string IeeeExpectedVvvE =
        "IEEE 802.15.4 Data packet v0 AR, PAN ID Compression, seq 2a abcd:1234 < -:5678 FCS a0ca \n"
        + "\t0x0000:  6865 6c6c 6f                             hello\n"
        + "IEEE 802.15.4 Data packet v1 seq 01 abcd:08:07:06:05:04:03:02:01 < 1234:18:17:16:15:14:13:12:11 FCS 73c3 \n"
        + "\t0x0000:  7879                                     xy\n"
        + "IEEE 802.15.4 Data packet v1 seq 05 -:none < 1234:5678 wrong FCS 2173 vs 9c9e (assume no FCS stored) \n"
        + "\t0x0000:  6e6f 6663 7321                           nofcs!\n"
        + "IEEE 802.15.4 Beacon packet v1 seq 07 -:none < 1234:0001 FCS 87cd \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 3, BLE enabled, PAN Coordinator, Association PermitGTS Descriptor Count = 2, GTS Directions Mask = 7f, [ [ 1234, Start slot = 2, Length = 1 ] [ 5678, Start slot = 6, Length = 5 ] ]\n"
        + "\tPending address list, # short addresses = 1, # extended addresses = 2 [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 FCS b90e \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15\n"
        + "\tGTS Descriptor Count = 0, \n"
        + "\tPending address list, # short addresses = 0, # extended addresses = 0\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 FCS 172a \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15 [ERROR: Truncated GTS Info List]\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 FCS 9675 \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15\n"
        + "\tGTS Descriptor Count = 0, \n"
        + "\tPending address list, # short addresses = 7, # extended addresses = 2 [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Data packet v2 PAN ID Compression, IE present, seq 09 abcd:1234 < -:5678 \n"
        + "\tLE CSL IE [ length = 3, IE Data = 01 02 03 ] \n"
        + "\tHeader Termination 1 IE [] \n"
        + "\tVendor Specific Nested IE [ length = 5, IE Data = 00 11 22 33 44 ]\n"
        + "\t\n"
        + "\tIETF IE [ length = 2, IE Data = 01 02 ]\n"
        + "\t\n"
        + "\tMLME IE [ length = 2, IE Data = 09 08 ]\n"
        + "\t\n"
        + "\tList termination []\n"
        + "\tFCS 80552348 \n"
        + "\t0x0000:  6461 7461                                data\n"
        + "IEEE 802.15.4 Data packet v2 Sequence Number Suppression, IE present, seq suppressed abcd:08:07:06:05:04:03:02:01 < -:18:17:16:15:14:13:12:11 \n"
        + "\tHeader Termination 2 IE [ length = 2, IE Data = aa bb ] FCS cf289dff \n"
        + "\t0x0000:  706c                                     pl\n"
        + "IEEE 802.15.4 Data packet v2 IE present, seq 09 abcd:1234 < abcd:5678 [ERROR: Header IE with type 1] \n"
        + "\tFragment Sequence Context Description IE [ length = 5, [ERROR: Truncated IE data]\n"
        + "IEEE 802.15.4 Command packet v0 AR, PAN ID Compression, seq 10 abcd:1234 < -:5678 FCS 2f7e Command ID = Data Request command \n"
        + "IEEE 802.15.4 Command packet v0 AR, PAN ID Compression, seq 10 abcd:1234 < -:5678 FCS 7eda Command ID = Reserved 0x35 Command Data = 00 01 \n"
        + "\t0x0000:  0001                                     ..\n"
        + "IEEE 802.15.4 Command packet v0 AR, PAN ID Compression, seq 10 abcd:1234 < -:5678 FCS 5416 Command ID = Reserved 0x0c Command Data = 00 \n"
        + "\t0x0000:  00                                       .\n"
        + "IEEE 802.15.4 Command packet v0 AR, PAN ID Compression, seq 10 abcd:1234 < -:5678 FCS cca [ERROR: Truncated before Command ID]\n"
        + "IEEE 802.15.4 Data packet v1 Security Enabled, PAN ID Compression, seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 5, Key Id Mode 1, Frame Counter 0x00000001 KeyIndex 0xcd, \n"
        + "\tMIC 4d494334 FCS 6872 \n"
        + "\t0x0000:  ab34 1207 656e 63                        .4..enc\n"
        + "IEEE 802.15.4 Data packet v2 Security Enabled, PAN ID Compression, seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 7, Key Id Mode 3, KeySource 08:07:06:05:04:03:02:01, KeyIndex 0x05, \n"
        + "\tMIC 4d4943384d4943384d4943384d494338 FCS 8898 \n"
        + "\t0x0000:  0607 0809 656e 63                        ....enc\n"
        + "IEEE 802.15.4 Data packet v2 Security Enabled, PAN ID Compression, seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 2, Key Id Mode 0, Frame Counter 0x04030201 Implicit[ERROR: Truncated before MIC]\n"
        + "IEEE 802.15.4 Data packet v2 Security Enabled, PAN ID Compression, seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 0, Key Id Mode 1, [ERROR: Truncated before Frame Counter]\n"
        + "IEEE 802.15.4 Data packet v2 Security Enabled, PAN ID Compression, IE present, seq 11 abcd:1234 < -:5678 \n"
        + "\tSecurity Level 4, Key Id Mode 1, KeyIndex 0x05, \n"
        + "\tHeader Termination 1 IE [] Payload IEs present, but encrypted, cannot print FCS 312b \n"
        + "\t0x0000:  0590 0011 2233 4402 a801 0202 8809 0800  ....\"3D.........\n"
        + "\t0x0010:  f84d 4943 34                             .MIC4\n"
        + "IEEE 802.15.4 Data packet v0 seq 01 [ERROR: Invalid dst address mode]\n"
        + "IEEE 802.15.4 Data packet v0 seq 01 [ERROR: Invalid src address mode]\n"
        + "IEEE 802.15.4 Data packet v0 Sequence Number Suppression, [ERROR: Sequence number suppressed on frames where version < 2]seq suppressed 0000:0000 < 0000:[ERROR: Truncated before dst_addr]\n"
        + "IEEE 802.15.4 Data packet v2 PAN ID Compression, seq 01 abcd:none < -:none FCS 7ee2 \n"
        + "IEEE 802.15.4 Data packet v2 PAN ID Compression, seq 01 -:1234 < -:none FCS 1860 \n"
        + "IEEE 802.15.4 Data packet v0 PAN ID Compression, seq 01 [ERROR: PAN ID Compression != 0, and only one address with frame version < 2]-:none < -:1234 FCS 5806 \n"
        + "\t0x0000:  0000                                     ..\n"
        + "IEEE 802.15.4 ACK packet v0 seq 44 -:none < -:none FCS b198 \n"
        + "IEEE 802.15.4 ACK packet v0 seq 44 -:none < -:none FCS 0 \n"
        + "IEEE 802.15.4 Reserved packet \n"
        + "IEEE 802.15.4 Multipurpose packet seq 88 -:none <  -:none FCS 39c2 \n"
        + "\t0x0000:  0102 0304 05                             .....\n"
        + "IEEE 802.15.4 Fragment packet \n"
        + "IEEE 802.15.4 Extended packet \n"
        + " [|802.15.4]\n"
        + "IEEE 802.15.4 Multipurpose packet v0 Frame Pending, AR, PAN ID Present, seq 21 abcd:1234 <  -:5678 FCS d725 \n"
        + "\t0x0000:  6d70                                     mp\n"
        + "IEEE 802.15.4 Multipurpose packet v1 Sequence Number Suppression, IE present, -:08:07:06:05:04:03:02:01 <  -:none \n"
        + "\tHeader Termination 2 IE [] FCS adfe982b \n"
        + "\t0x0000:  7a                                       z\n"
        + "IEEE 802.15.4 Multipurpose packet v0 Security Enabled, PAN ID Present, seq 22 abcd:1234 <  -:5678 \n"
        + "\tSecurity Level 5, Key Id Mode 0, Frame Counter 0x00000001 Implicit\n"
        + "\tMIC 4d49436d FCS 59d3 \n"
        + "\t0x0000:  0765                                     .e\n"
        + "IEEE 802.15.4 Multipurpose packet seq 33 -:1234 <  -:none FCS dcfd \n"
        + "\t0x0000:  7368 6f72 74                             short\n"
        + "IEEE 802.15.4 Multipurpose packet v0 PAN ID Present, seq 00 [ERROR: Invalid dst address mode]\n"
        + "IEEE 802.15.4 Multipurpose packet v0 PAN ID Present, seq 01 [ERROR: Truncated before dst_pan]\n"
        ;

    private static readonly (string Hex, int WireLength)[] IeeeFrames =
    [
        ("61882acdab3412785668656c6c6fcaa0", -1),
        ("01dc01cdab0102030405060708341211121314151617187879c373", -1),
        ("019005341278566e6f66637321", -1),
        ("00900734120100ffd3827f34122178564321aaaa0102030405060708626561636f6ecd87", -1),
        ("00800734120100ff0f00000eb9", -1),
        ("00800734120100ff0f0300012a17", -1),
        ("00800734120100ff0f0027017596", -1),
        ("41aa09cdab34127856030d010203003f0590001122334402a801020288090800f86461746148235580", -1),
        ("01efcdab01020304050607081112131415161718823faabb706cff9d28cf", -1),
        ("01aa09cdab3412cdab78560591011203", -1),
        ("638810cdab34127856047e2f", -1),
        ("638810cdab34127856350001da7e", -1),
        ("638810cdab341278560c001654", -1),
        ("638810cdab34127856ca0c", -1),
        ("499811cdab341278560d01000000cdab341207656e634d4943347268", -1),
        ("49a811cdab341278563f010203040506070809656e634d4943384d4943384d4943384d4943389888", -1),
        ("49a811cdab341278560201020304656bf3", -1),
        ("49a811cdab34127856080102034811", -1),
        ("49aa11cdab341278562c05003f0590001122334402a801020288090800f84d4943342b31", -1),
        ("018401000000000000140f", -1),
        ("014801000000000000659a", -1),
        ("01890000000000009b46", -1),
        ("412001cdabe27e", -1),
        ("41280134126018", -1),
        ("418001341200000658", -1),
        ("02004498b1", -1),
        ("020044", -1),
        ("0488010203040517a6", -1),
        ("05880102030405c239", -1),
        ("06880102030405ac91", -1),
        ("07880102030405790e", -1),
        ("41", -1),
        ("ad4921cdab341278566d7025d7", -1),
        ("3d940102030405060708803f7a2b98fead", -1),
        ("ad0322cdab34127856050100000007654d49436dd359", -1),
        ("2533341273686f7274fddc", -1),
        ("9d0100", -1),
        ("ad0101cd", -1),
    ];

    private const string TapExpectedDefault =
        "IEEE 802.15.4 Data packet v0 abcd:1234 < -:5678 \n"
        + "\t0x0000:  6865 6c6c 6f                             hello\n"
        + "IEEE 802.15.4 Data packet v1 abcd:08:07:06:05:04:03:02:01 < 1234:18:17:16:15:14:13:12:11 \n"
        + "\t0x0000:  7879                                     xy\n"
        + "IEEE 802.15.4 Data packet v1 -:none < 1234:5678 \n"
        + "\t0x0000:  6e6f 6663 7321                           nofcs!\n"
        + "IEEE 802.15.4 Beacon packet v1 -:none < 1234:0001  [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Beacon packet v0 -:none < 1234:0001 \n"
        + "IEEE 802.15.4 Beacon packet v0 -:none < 1234:0001  [ERROR: Truncated GTS Info List]\n"
        + "IEEE 802.15.4 Beacon packet v0 -:none < 1234:0001  [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < -:5678 \n"
        + "\tLE CSL IE [ length = 3, IE Data = 01 02 03 ] \n"
        + "\tHeader Termination 1 IE [] \n"
        + "\tVendor Specific Nested IE [ length = 5, IE Data = 00 11 22 33 44 ]\n"
        + "\t\n"
        + "\tIETF IE [ length = 2, IE Data = 01 02 ]\n"
        + "\t\n"
        + "\tMLME IE [ length = 2, IE Data = 09 08 ]\n"
        + "\t\n"
        + "\tList termination []\n"
        + "\t\n"
        + "\t0x0000:  6461 7461                                data\n"
        + "IEEE 802.15.4 Data packet v2 abcd:08:07:06:05:04:03:02:01 < -:18:17:16:15:14:13:12:11 \n"
        + "\tHeader Termination 2 IE [ length = 2, IE Data = aa bb ] \n"
        + "\t0x0000:  706c                                     pl\n"
        + "IEEE 802.15.4 Data packet v2 abcd:1234 < abcd:5678 [ERROR: Header IE with type 1] \n"
        + "\tFragment Sequence Context Description IE [ length = 5, [ERROR: Truncated IE data]\n"
        + "IEEE 802.15.4 Command packet v0 abcd:1234 < -:5678 Command ID = Data Request command \n"
        + "IEEE 802.15.4 Command packet v0 abcd:1234 < -:5678 Command ID = Reserved 0x35 Command Data = 00 01 \n"
        + "\t0x0000:  0001                                     ..\n"
        + "IEEE 802.15.4 Data packet v0  [|802.15.4]\n"
        + " (invalid)\n"
        + " (invalid)\n"
        + " [|802.15.4_tap]\n"
        + " [|802.15.4_tap]\n"
        + " [|802.15.4]\n"
        ;

    private const string TapExpectedVvvE =
        "IEEE 802.15.4 Data packet v0 AR, PAN ID Compression, seq 2a abcd:1234 < -:5678 FCS a0ca \n"
        + "\t0x0000:  6865 6c6c 6f                             hello\n"
        + "IEEE 802.15.4 Data packet v1 seq 01 abcd:08:07:06:05:04:03:02:01 < 1234:18:17:16:15:14:13:12:11 FCS 73c3 \n"
        + "\t0x0000:  7879                                     xy\n"
        + "IEEE 802.15.4 Data packet v1 seq 05 -:none < 1234:5678 wrong FCS 2173 vs 9c9e (assume no FCS stored) \n"
        + "\t0x0000:  6e6f 6663 7321                           nofcs!\n"
        + "IEEE 802.15.4 Beacon packet v1 seq 07 -:none < 1234:0001 FCS 87cd \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 3, BLE enabled, PAN Coordinator, Association PermitGTS Descriptor Count = 2, GTS Directions Mask = 7f, [ [ 1234, Start slot = 2, Length = 1 ] [ 5678, Start slot = 6, Length = 5 ] ]\n"
        + "\tPending address list, # short addresses = 1, # extended addresses = 2 [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 FCS b90e \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15\n"
        + "\tGTS Descriptor Count = 0, \n"
        + "\tPending address list, # short addresses = 0, # extended addresses = 0\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 FCS 172a \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15 [ERROR: Truncated GTS Info List]\n"
        + "IEEE 802.15.4 Beacon packet v0 seq 07 -:none < 1234:0001 FCS 9675 \n"
        + "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15\n"
        + "\tGTS Descriptor Count = 0, \n"
        + "\tPending address list, # short addresses = 7, # extended addresses = 2 [ERROR: Pending address list truncated]\n"
        + "IEEE 802.15.4 Data packet v2 PAN ID Compression, IE present, seq 09 abcd:1234 < -:5678 \n"
        + "\tLE CSL IE [ length = 3, IE Data = 01 02 03 ] \n"
        + "\tHeader Termination 1 IE [] \n"
        + "\tVendor Specific Nested IE [ length = 5, IE Data = 00 11 22 33 44 ]\n"
        + "\t\n"
        + "\tIETF IE [ length = 2, IE Data = 01 02 ]\n"
        + "\t\n"
        + "\tMLME IE [ length = 2, IE Data = 09 08 ]\n"
        + "\t\n"
        + "\tList termination []\n"
        + "\tFCS 80552348 \n"
        + "\t0x0000:  6461 7461                                data\n"
        + "IEEE 802.15.4 Data packet v2 Sequence Number Suppression, IE present, seq suppressed abcd:08:07:06:05:04:03:02:01 < -:18:17:16:15:14:13:12:11 \n"
        + "\tHeader Termination 2 IE [ length = 2, IE Data = aa bb ] FCS cf289dff \n"
        + "\t0x0000:  706c                                     pl\n"
        + "IEEE 802.15.4 Data packet v2 IE present, seq 09 abcd:1234 < abcd:5678 [ERROR: Header IE with type 1] \n"
        + "\tFragment Sequence Context Description IE [ length = 5, [ERROR: Truncated IE data]\n"
        + "IEEE 802.15.4 Command packet v0 AR, PAN ID Compression, seq 10 abcd:1234 < -:5678 FCS 2f7e Command ID = Data Request command \n"
        + "IEEE 802.15.4 Command packet v0 AR, PAN ID Compression, seq 10 abcd:1234 < -:5678 FCS 7eda Command ID = Reserved 0x35 Command Data = 00 01 \n"
        + "\t0x0000:  0001                                     ..\n"
        + "IEEE 802.15.4 Data packet v0 PAN ID Compression,  [|802.15.4]\n"
        + " (invalid)\n"
        + " (invalid)\n"
        + " [|802.15.4_tap]\n"
        + " [|802.15.4_tap]\n"
        + " [|802.15.4]\n"
        ;

    private static readonly (string Hex, int WireLength)[] TapFrames =
    [
        ("00000c00010004000102030461882acdab3412785668656c6c6fcaa0", -1),
        ("00000c00010004000102030401dc01cdab0102030405060708341211121314151617187879c373", -1),
        ("00000c000100040001020304019005341278566e6f66637321", -1),
        ("00000c00010004000102030400900734120100ffd3827f34122178564321aaaa0102030405060708626561636f6ecd87", -1),
        ("00000c00010004000102030400800734120100ff0f00000eb9", -1),
        ("00000c00010004000102030400800734120100ff0f0300012a17", -1),
        ("00000c00010004000102030400800734120100ff0f0027017596", -1),
        ("00000c00010004000102030441aa09cdab34127856030d010203003f0590001122334402a801020288090800f86461746148235580", -1),
        ("00000c00010004000102030401efcdab01020304050607081112131415161718823faabb706cff9d28cf", -1),
        ("00000c00010004000102030401aa09cdab3412cdab78560591011203", -1),
        ("00000c000100040001020304638810cdab34127856047e2f", -1),
        ("00000c000100040001020304638810cdab34127856350001da7e", -1),
        ("000004004188", -1),
        ("010004004188", -1),
        ("000002004188", -1),
        ("0000100001000400", -1),
        ("000004", -1),
        ("0000080001000400", -1),
    ];
}
