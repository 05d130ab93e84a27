namespace Wirecap.Print;

/// <summary>
/// The state of one printing run: options, output, name cache and the per-connection tables
/// printers keep across packets (TCP relative sequence numbers, ...). Never static, so that a
/// process can print two captures at once.
/// </summary>
public sealed class PrintContext
{
    public PrintOptions Options { get; internal set; }   // set only to mimic a tcpdump -v change that outlives a packet (OpenFlow 1.0)
    public TextOut Out { get; }
    public Names Names { get; }
    public Timestamps Timestamps { get; }
    public TcpSequenceTable TcpSeq { get; } = new();

    public PrintContext(PrintOptions options, TextOut output, Names? names = null)
    {
        Options = options;
        Out = output;
        Names = names ?? new Names(options);
        Timestamps = new Timestamps(options);
    }

    private byte[]? _scratch;
    private uint[]? _slipLastLen;

    /// <summary>SLIP's VJ-compression state: the last connection number and each direction's last data length per connection.</summary>
    internal int SlipLastConn = 255;
    internal uint[] SlipLastLen => _slipLastLen ??= new uint[2 * 256];

    /// <summary>OpenFlow 1.0's options for a frame inside PACKET_IN/PACKET_OUT: three -v fewer (made once).</summary>
    internal PrintOptions? OpenFlowInner;

    /// <summary>ISAKMP's initiator cookies, to tell initiator from responder.</summary>
    internal Isakmp.CookieCache? IsakmpCookies;

    private NfsXidMap? _nfsXids;
    /// <summary>NFS: the recent calls, to decode their replies.</summary>
    internal NfsXidMap NfsXids => _nfsXids ??= new NfsXidMap();

    private RxCallCache? _rxCalls;
    /// <summary>AFS RX: the recent calls, to decode their replies.</summary>
    internal RxCallCache RxCalls => _rxCalls ??= new RxCallCache();

    /// <summary>A buffer of at least n bytes for a printer that must rewrite packet bytes (PPP's HDLC unescaping); reused, so one user at a time.</summary>
    internal byte[] Scratch(int n)
    {
        if (_scratch == null || _scratch.Length < n) _scratch = new byte[Math.Max(n, 2048)];
        return _scratch;
    }
}
