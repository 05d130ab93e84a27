using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Aaa;

/// <summary>
/// EAPOL and EAP (print-eap.c) against tcpdump 4.99.3: synthetic 802.1X frames (random EAP codes,
/// types, flags and lengths, some cut short) written to a pcap and printed with "tcpdump -t -n [-v]",
/// whose output is the expected text here.
/// </summary>
public class EapolTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("0180c2000003001122334455888e0100000609ee000a12c0", 24),
        ("0180c2000003001122334455888e0302000a0411000a03008bb820b6", 28),
        ("0180c2000003001122334455888e0100000701ca000717e1aa", 25),
        ("0180c2000003001122334455888e03000006046e0006", 24),
        ("0180c2000003001122334455888e0100001202ee00122b0058f296cbe2c6ccac5caf757b", 36),
        ("0180c2000003001122334455888e02000008017e00082b8005b2", 26),
        ("0180c2000003001122334455888e0300000a0132000a01805f904ea1", 28),
        ("0180c2000003001122334455888e01000005022100050d", 23),
        ("0180c2000003001122334455888e0200000c01ee000c6923823261d284a3", 30),
        ("0180c2000003001122334455888e0200001209c2001202c00aae7116b65eafe4d0", 36),
        ("0180c2000003001122334455888e02000007021300070d807d", 25),
        ("0180c2000003001122334455888e0100000a0255000a0de141d59f4d", 28),
        ("0180c2000003001122334455888e0100000a02ae000a04c05bdff815", 28),
        ("0180c2000003001122334455888e02000008025d000817e1b30c", 26),
        ("0180c2000003001122334455888e030000050152000515", 23),
        ("0180c2000003001122334455888e0300000a02cc000a15c037d15d29", 28),
        ("0180c2000003001122334455888e0200000102520001fe80a7fa3802e67f9f4486c4521b", 36),
        ("0180c2000003001122334455888e0300000701b3000702c0c3", 25),
        ("0180c2000003001122334455888e0100000501ac00050d", 23),
        ("0180c2000003001122334455888e0200000a015e000a2b80b2a73ab6", 28),
        ("0180c2000003001122334455888e0200000502dc000515", 23),
        ("0180c2000003001122334455888e0200000104bb0001010082f967e3", 28),
        ("0180c2000003001122334455888e0100000802a7000815c05fce", 26),
        ("0180c2000003001122334455888e0200000602f6000612c0", 24),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "EAP packet (0) v1, len 6\n"
        + "EAPOL logoff (2) v3, len 10\n"
        + "EAP packet (0) v1, len 7\n"
        + "EAP packet (0) v3, len 6\n"
        + "EAP packet (0) v1, len 18\n"
        + "EAP packet (0) v2, len 8\n"
        + "EAP packet (0) v3, len 10\n"
        + "EAP packet (0) v1, len 5\n"
        + "EAP packet (0) v2, len 12\n"
        + "EAP packet (0) v2, len 18\n"
        + "EAP packet (0) v2, len 7\n"
        + "EAP packet (0) v1, len 10\n"
        + "EAP packet (0) v1, len 10\n"
        + "EAP packet (0) v2, len 8\n"
        + "EAP packet (0) v3, len 5\n"
        + "EAP packet (0) v3, len 10\n"
        + "EAP packet (0) v2, len 1\n"
        + "EAP packet (0) v3, len 7\n"
        + "EAP packet (0) v1, len 5\n"
        + "EAP packet (0) v2, len 10\n"
        + "EAP packet (0) v2, len 5\n"
        + "EAP packet (0) v2, len 1\n"
        + "EAP packet (0) v1, len 8\n"
        + "EAP packet (0) v2, len 6\n";

    private const string ExpectedVerbose =
        "EAP packet (0) v1, len 6, EAP fragment?\n"
        + "EAPOL logoff (2) v3, len 10\n"
        + "EAP packet (0) v1, len 7, Request (1), id 202, len 7\n"
        + "\t\t Type AKA (23) subtype [unknown] 0xe1\n"
        + "EAP packet (0) v3, len 6, Failure (4), id 110, len 6 [|eap]\n"
        + "EAP packet (0) v1, len 18, Response (2), id 238, len 18\n"
        + "\t\t Type FAST (43) FASTv0 flags [none] 0x00\n"
        + "EAP packet (0) v2, len 8, Request (1), id 126, len 8\n"
        + "\t\t Type FAST (43) FASTv0 flags [L bit] 0x80 (too short for EAP FAST request/response with length)\n"
        + "EAP packet (0) v3, len 10, Request (1), id 50, len 10\n"
        + "\t\t Type Identity (1), Identity: M-^@_M-^PNM-!\n"
        + "EAP packet (0) v1, len 5, Response (2), id 33, len 5\n"
        + "\t\t Type TLS (13) (too short for EAP TLS/TTLS request/response)\n"
        + "EAP packet (0) v2, len 12, Request (1), id 238, len 12\n"
        + "\t\t Type unknown (105)\n"
        + "EAP packet (0) v2, len 18, unknown (9), id 194, len 18 [|eap]\n"
        + "EAP packet (0) v2, len 7, Response (2), id 19, len 7\n"
        + "\t\t Type TLS (13) flags [L bit] 0x80 (too short for EAP TLS/TTLS request/response with length)\n"
        + "EAP packet (0) v1, len 10, Response (2), id 85, len 10\n"
        + "\t\t Type TLS (13) flags [L bit, More fragments bit, Start bit] 0xe1, len 1104518989\n"
        + "EAP packet (0) v1, len 10, Response (2), id 174, len 10\n"
        + "\t\t Type MD5-challenge (4)\n"
        + "EAP packet (0) v2, len 8, Response (2), id 93, len 8\n"
        + "\t\t Type AKA (23) subtype [unknown] 0xe1\n"
        + "EAP packet (0) v3, len 5, Request (1), id 82, len 5\n"
        + "\t\t Type TTLS (21) (too short for EAP TLS/TTLS request/response)\n"
        + "EAP packet (0) v3, len 10, Response (2), id 204, len 10\n"
        + "\t\t Type TTLS (21) TTLSv0 flags [L bit, More fragments bit] 0xc0, len 936467753\n"
        + "EAP packet (0) v2, len 1, Response (2), id 82, len 1 (too short for EAP header)\n"
        + "EAP packet (0) v3, len 7, Request (1), id 179, len 7\n"
        + "\t\t Type Notification (2), Notification: M-@M-C\n"
        + "EAP packet (0) v1, len 5, Request (1), id 172, len 5\n"
        + "\t\t Type TLS (13) (too short for EAP TLS/TTLS request/response)\n"
        + "EAP packet (0) v2, len 10, Request (1), id 94, len 10\n"
        + "\t\t Type FAST (43) FASTv0 flags [L bit] 0x80, len 2997303990\n"
        + "EAP packet (0) v2, len 5, Response (2), id 220, len 5\n"
        + "\t\t Type TTLS (21) (too short for EAP TLS/TTLS request/response)\n"
        + "EAP packet (0) v2, len 1, Failure (4), id 187, len 1 (too short for EAP header)\n"
        + "EAP packet (0) v1, len 8, Response (2), id 167, len 8\n"
        + "\t\t Type TTLS (21) TTLSv0 flags [L bit, More fragments bit] 0xc0 (too short for EAP TLS/TTLS request/response with length)\n"
        + "EAP packet (0) v2, len 6, Response (2), id 246, len 6\n"
        + "\t\t Type SIM (18) subtype [unknown] 0xc0\n";
}
