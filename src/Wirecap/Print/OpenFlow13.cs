namespace Wirecap.Print;

/// <summary>OpenFlow 1.3 messages (print-openflow-1.3.c).</summary>
public static class OpenFlow13
{
    internal static OpenFlow.MsgType? Identify(int type) => null;
}
