using Wirecap.Filter;

namespace Wirecap.Capture;

/// <summary>
/// libpcap's fix_program: a program compiled for a cooked link type (LINUX_SLL2 for "any", LINUX_SLL)
/// reads the pseudo-header libpcap builds, which the kernel never sees. Loads past the header move
/// back by its length; loads of the protocol, interface index and packet type fields become the
/// kernel's ancillary loads (SKF_AD_*); any other load into the header means the filter must run in
/// userland instead.
/// </summary>
public static class KernelFilter
{
    private const uint SkfAdOff = 0xfffff000;
    private const uint SkfAdProtocol = 0, SkfAdPktType = 4, SkfAdIfIndex = 8;
    private const int Sll2HeaderLength = 20, SllHeaderLength = 16;

    /// <summary>The program the kernel runs, or null when libpcap would filter in userland.</summary>
    public static BpfInstruction[]? ForKernel(BpfInstruction[] program, int linkType)
    {
        bool cooked = linkType is 276 or 113;
        if (!cooked) return program;
        var result = (BpfInstruction[])program.Clone();
        for (int i = 0; i < result.Length; i++)
        {
            var p = result[i];
            int cls = Bpf.Class(p.Code);
            if (cls != Bpf.Ld && cls != Bpf.Ldx) continue;
            int mode = Bpf.Mode(p.Code);
            if (mode != Bpf.Abs && mode != Bpf.Ind && mode != Bpf.Msh) continue;
            if (!FixOffset(ref p, linkType)) return null;
            result[i] = p;
        }
        return result;
    }

    private static bool FixOffset(ref BpfInstruction p, int linkType)
    {
        uint k = p.K;
        if (k >= SkfAdOff) return true;
        if (linkType == 276)
        {
            if (k >= Sll2HeaderLength) k -= Sll2HeaderLength;
            else if (k == 0) k = SkfAdOff + SkfAdProtocol;
            else if (k == 4) k = SkfAdOff + SkfAdIfIndex;
            else if (k == 10) k = SkfAdOff + SkfAdPktType;
            else if ((int)k > 0) return false;
        }
        else
        {
            if (k >= SllHeaderLength) k -= SllHeaderLength;
            else if (k == 0) k = SkfAdOff + SkfAdPktType;
            else if (k == 14) k = SkfAdOff + SkfAdProtocol;
            else if ((int)k > 0) return false;
        }
        p = p with { K = k };
        return true;
    }
}
