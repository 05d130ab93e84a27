using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Snmp;

/// <summary>
/// SNMP (print-snmp.c) against tcpdump 4.99.3: synthetic v1/v2c/v3 messages over UDP 161/162 (requests,
/// responses with every value kind, traps, malformed BER, frames cut short) printed with
/// "tcpdump -t [-n] [-v]"; without -n the OIDs are named from the compiled-in MIB.
/// </summary>
public class SnmpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00010203040500010203040608004500005500010000401166950a0000010a000002040000a100410000303702010004067075626c6963a02a020204d2020100020100301e300c06082b060102010101000500300e060a2b060102010202010a030500", 99),
        ("0001020304050001020304060800450000b600010000401166340a0000010a00000200a1040000a2000030819702010004057072697601a2818a020204d2020102020101307e301506082b0601020101010004094c696e757820626f78300e06082b0601040109090141020102300e06062b060103050140040a0000013012060a2b0601060301010401004304ffffffff3018060b2b060102011f010101060146090100000000000000013009060555868d1f018000300c06082b060102010103008200", 196),
        ("00010203040500010203040608004500004200010000401166a80a0000010a000002040000a1002e0000302402010104067075626c6963a51702010702010002010a300c300a06062b06010201020500", 80),
        ("00010203040500010203040608004500004500010000401166a50a0000010a000002040000a100310000302702010104067075626c6963a41a06072b0601040103014004010203040201060201034301103000", 83),
        ("00010203040500010203040608004500005300010000401166970a0000010a000002040000a2003f0000303502010004067075626c6963a42806072b0601040103014003010203020102020103430110300f300d06082b060102010101000201fb", 97),
        ("00010203040500010203040608004500006e000100004011667c0a0000010a000002040000a1005a00003050020103300e020101020300ffe304010402010304183016040480001f88020105020163040475736572040004003021040280000400a019020101020100020100300e300c06082b060102010101000500", 124),
        ("00010203040500010203040608004500003300010000401166b70a0000010a000002040000a1001f00003015020103300e020101020300ffe30401020201030400", 65),
        ("00010203040500010203040608004500003300010000401166b70a0000010a000002040000a1001f00003015020103300e020101020300ffe30401000201010400", 65),
        ("00010203040500010203040608004500002900010000401166c10a0000010a000002040000a100150000300b02010704067075626c6963", 55),
        ("00010203040500010203040608004500003600010000401166b40a0000010a000002040000a100220000301802010004067075626c6963a70b0201010201000201003000", 68),
        ("00010203040500010203040608004500002e00010000401166bc0a0000010a000002040000a1001a0000301002010104067075626c6963a403020101", 60),
        ("00010203040500010203040608004500001f00010000401166cb0a0000010a000002040000a1000b0000020100", 45),
        ("00010203040500010203040608004500002200010000401166c80a0000010a000002040000a1000e0000308400000005", 48),
        ("00010203040500010203040608004500002000010000401166ca0a0000010a000002040000a1000c000030050201", 46),
        ("00010203040500010203040608004500002100010000401166c90a0000010a000002040000a1000d000030031f8101", 47),
        ("00010203040500010203040608004500002400010000401166c60a0000010a000002040000a10010000030061f8581820100", 50),
        ("00010203040500010203040608004500004500010000401166a50a0000010a000002040000a100310000302702010004067075626c6963a01a020101020103020102300f300d06082b06010201010100020101", 83),
        ("00010203040500010203040608004500005600010000401166940a0000010a000002040000a100420000303802010004067075626c6963a22b0201010201000201023020300e06082b0601020101010044026162300e06082b06010201010100c0026162", 100),
        ("00010203040500010203040608004500005a00010000401166900a0000010a000002040000a100460000303c02010004067075626c6963a22f0201010201280201003024300d06082b06010201010100010101300506012b6100300c06082b060102010101003100", 104),
        ("00010203040500010203040608004500004400010000401166a60a0000010a000002040000a100300000302602010004067075626c6963a019020101020100020100300e300c06082b060102", 82),
        ("00010203040500010203040608004500005100010000401166990a0000010a000002040000a1003d0000303302010004067075626c6963a226020101020100020100301b301906082b06010201010100040d61206c6f6e67207374", 97),
        ("00010203040500010203040608004500004600010000401166a40a0000010a000002040000a100320000302602010004067075626c6963a219020101020100020100300e300c06082b0601020101010005007878", 84),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void Resolved() => Assert.Equal(ExpectedResolved, Print(new PrintOptions { TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1024 > 10.0.0.2.161:  GetRequest(42)  .1.3.6.1.2.1.1.1.0 .1.3.6.1.2.1.2.2.1.10.3\n"
        + "IP 10.0.0.1.161 > 10.0.0.2.1024:  C=70_72_69_76_01 GetResponse(138)  noSuchName@1 .1.3.6.1.2.1.1.1.0=\"Linux box\" .1.3.6.1.4.1.9.9.1=258 .1.3.6.1.3.5.1=10.0.0.1 .1.3.6.1.6.3.1.1.4.1.0=4294967295 .1.3.6.1.2.1.31.1.1.1.6.1=1 .2.5.99999.1=[noSuchObject] .1.3.6.1.2.1.1.3.0=[endOfMibView]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  GetBulk(23)  N=0 M=10 .1.3.6.1.2.1.2\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  Trap(26) [v1 PDU in v2 message]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.162:  Trap(40)  .1.3.6.1.4.1.3.1 [inetaddr len!=4]1.2.3 linkDown[specific-trap(3)!=0] 16 .1.3.6.1.2.1.1.1.0=-5\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  F=r U=\"user\" E=_80_00 C=\"\" GetRequest(25)  .1.3.6.1.2.1.1.1.0\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  [msgFlags=0x02]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  F= [security model 1]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  SNMP [version = 7]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  V2Trap(11) [v2 PDU in v1 message]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  Trap(3) [v1 PDU in v2 message]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  [!init SEQ]0\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  [len0<asnlen5]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  [len2<asnlen5]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  [no asnlen]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  [P/U/Boolean][version!=INT]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  GetRequest(26) [errorStatus(badValue)!=0][errorIndex(2)!=0] .1.3.6.1.2.1.1.1.0[objVal!=NULL]1\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  GetResponse(43) [errorIndex(2) w/o errorStatus] .1.3.6.1.2.1.1.1.0=[P/A/Opaque]_61_62 .1.3.6.1.2.1.1.1.0=[P/x/P-0]_61_62\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  GetResponse(47)  err=40[errorIndex==0] .1.3.6.1.2.1.1.1.0=[P/U/Boolean]_01 .1.3=C/x/Counter .1.3.6.1.2.1.1.1.0=C/U/Set\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:   [|snmp]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:   [|snmp]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.161:  [2 extra after iSEQ]GetResponse(25)  .1.3.6.1.2.1.1.1.0=\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 85)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv1 { GetRequest(42) R=1234  .1.3.6.1.2.1.1.1.0 .1.3.6.1.2.1.2.2.1.10.3 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 182)\n"
        + "    10.0.0.1.161 > 10.0.0.2.1024:  { SNMPv1 C=70_72_69_76_01 { GetResponse(138) R=1234  noSuchName@1 .1.3.6.1.2.1.1.1.0=\"Linux box\" .1.3.6.1.4.1.9.9.1=258 .1.3.6.1.3.5.1=10.0.0.1 .1.3.6.1.6.3.1.1.4.1.0=4294967295 .1.3.6.1.2.1.31.1.1.1.6.1=1 .2.5.99999.1=[noSuchObject] .1.3.6.1.2.1.1.3.0=[endOfMibView] } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv2c { GetBulk(23) R=7  N=0 M=10 .1.3.6.1.2.1.2 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 69)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv2c { Trap(26) [v1 PDU in v2 message]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 83)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.162:  { SNMPv1 { Trap(40)  .1.3.6.1.4.1.3.1 [inetaddr len!=4]1.2.3 linkDown[specific-trap(3)!=0] 16 .1.3.6.1.2.1.1.1.0=-5 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv3 { F=r } { USM B=5 T=99 U=\"user\" } { ScopedPDU E=_80_00 C=\"\" { GetRequest(25) R=1  .1.3.6.1.2.1.1.1.0 } } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 51)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv3 { [msgFlags=0x02]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 51)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv3 { F= } [security model 1]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 41)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  SNMP [version = 7]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 54)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv1 { V2Trap(11) [v2 PDU in v1 message]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 46)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv2c { Trap(3) [v1 PDU in v2 message]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 31)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  [!init SEQ]0\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 34)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  [len0<asnlen5]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  [len2<asnlen5]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  [no asnlen]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  [P/U/Boolean][version!=INT]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 69)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv1 { GetRequest(26) R=1 [errorStatus(badValue)!=0][errorIndex(2)!=0] .1.3.6.1.2.1.1.1.0[objVal!=NULL]1 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv1 { GetResponse(43) R=1 [errorIndex(2) w/o errorStatus] .1.3.6.1.2.1.1.1.0=[P/A/Opaque]_61_62 .1.3.6.1.2.1.1.1.0=[P/x/P-0]_61_62 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  { SNMPv1 { GetResponse(47) R=1  err=40[errorIndex==0] .1.3.6.1.2.1.1.1.0=[P/U/Boolean]_01 .1.3=C/x/Counter .1.3.6.1.2.1.1.1.0=C/U/Set } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:   [|snmp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 81)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:   [|snmp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.161:  [2 extra after iSEQ]{ SNMPv1 { GetResponse(25) R=1  .1.3.6.1.2.1.1.1.0= } } \n";

    private const string ExpectedResolved =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 85)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv1 { GetRequest(42) R=1234  system.sysDescr.0 interfaces.ifTable.ifEntry.ifInOctets.3 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 182)\n"
        + "    10.0.0.1.snmp > 10.0.0.2.1024:  { SNMPv1 C=70_72_69_76_01 { GetResponse(138) R=1234  noSuchName@1 system.sysDescr.0=\"Linux box\" E:cisco.9.1=258 X:5.1=10.0.0.1 S:1.1.4.1.0=4294967295 31.1.1.1.6.1=1 .2.5.99999.1=[noSuchObject] system.sysUpTime.0=[endOfMibView] } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv2c { GetBulk(23) R=7  N=0 M=10 interfaces } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 69)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv2c { Trap(26) [v1 PDU in v2 message]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 83)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp-trap:  { SNMPv1 { Trap(40)  E:cmu.1 [inetaddr len!=4]1.2.3 linkDown[specific-trap(3)!=0] 16 system.sysDescr.0=-5 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv3 { F=r } { USM B=5 T=99 U=\"user\" } { ScopedPDU E=_80_00 C=\"\" { GetRequest(25) R=1  system.sysDescr.0 } } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 51)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv3 { [msgFlags=0x02]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 51)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv3 { F= } [security model 1]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 41)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  SNMP [version = 7]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 54)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv1 { V2Trap(11) [v2 PDU in v1 message]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 46)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv2c { Trap(3) [v1 PDU in v2 message]} \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 31)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  [!init SEQ]0\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 34)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  [len0<asnlen5]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  [len2<asnlen5]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  [no asnlen]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  [P/U/Boolean][version!=INT]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 69)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv1 { GetRequest(26) R=1 [errorStatus(badValue)!=0][errorIndex(2)!=0] system.sysDescr.0[objVal!=NULL]1 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv1 { GetResponse(43) R=1 [errorIndex(2) w/o errorStatus] system.sysDescr.0=[P/A/Opaque]_61_62 system.sysDescr.0=[P/x/P-0]_61_62 } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 90)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  { SNMPv1 { GetResponse(47) R=1  err=40[errorIndex==0] system.sysDescr.0=[P/U/Boolean]_01 .iso.org=C/x/Counter system.sysDescr.0=C/U/Set } } \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:   [|snmp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 81)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:   [|snmp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.snmp:  [2 extra after iSEQ]{ SNMPv1 { GetResponse(25) R=1  system.sysDescr.0= } } \n";
}
