namespace Wirecap.Print;

/// <summary>HTTP (print-http.c): a text protocol whose requests start with a method, WebDAV's included.</summary>
public static class Http
{
    internal static readonly string[] Commands =
        ["GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST", "BCOPY", "BMOVE", "MKCOL", "TRACE", "LABEL",
         "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE", "NOTIFY", "BDELETE", "CONNECT", "OPTIONS",
         "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST", "SUBSCRIBE", "PROPPATCH", "BPROPFIND", "BPROPPATCH",
         "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE", "RPC_CONNECT", "VERSION-CONTROL",
         "BASELINE-CONTROL"];

    /// <summary>http_print: off/len are the TCP payload.</summary>
    public static void Print(ref Frame f, int off, int len) => TextProto.Print(ref f, off, len, "http", TextProto.Commands.Http);
}
