// A small ASP.NET host: System.Web.Hosting.ApplicationHost + HttpListener on 127.0.0.1.
// xsp4 does not start on Debian's Mono 6.8; this does, and runs the real ASMX
// pipeline (HttpGet, SOAP 1.1 and 1.2 handlers, WSDL generation, request validation).
// Built into bin/CrmwireInterop.dll (ASP.NET finds the services' types among bin/*.dll)
// with a launcher: mono bin/AspNetHost.exe <physical dir> <port>; prints "LISTENING" when ready.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using System.Web;
using System.Web.Hosting;

namespace CrmwireInterop
{
    public class AspNetHost : MarshalByRefObject
    {
        public static int Run(string[] args)
        {
            string dir = Path.GetFullPath(args[0]);
            int port = int.Parse(args[1]);
            var host = (AspNetHost)ApplicationHost.CreateApplicationHost(typeof(AspNetHost), "/", dir);
            host.Serve(dir, port);
            return 0;
        }

        public override object InitializeLifetimeService() { return null; }

        public void Serve(string dir, int port)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://127.0.0.1:" + port + "/");
            listener.Start();
            Console.WriteLine("LISTENING");
            Console.Out.Flush();
            while (true)
            {
                HttpListenerContext ctx = listener.GetContext();
                ThreadPool.QueueUserWorkItem(_ => Handle(ctx, dir));
            }
        }

        static void Handle(HttpListenerContext ctx, string dir)
        {
            try
            {
                if (ctx.Request.Url.AbsolutePath == "/__bound")
                {
                    byte[] log = Encoding.UTF8.GetBytes(BoundLog.Drain());
                    ctx.Response.ContentType = "application/json";
                    ctx.Response.OutputStream.Write(log, 0, log.Length);
                    ctx.Response.Close();
                    return;
                }
                var wr = new ListenerWorkerRequest(ctx, dir);
                HttpRuntime.ProcessRequest(wr);
                wr.Done.WaitOne();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(e);
                try { ctx.Response.StatusCode = 599; ctx.Response.Close(); } catch (Exception) { }
            }
        }
    }

    // What the service methods saw, as JSON lines, for the tests to read at /__bound.
    public static class BoundLog
    {
        static readonly List<string> lines = new List<string>();
        public static void Add(string json) { lock (lines) lines.Add(json); }
        public static string Drain()
        {
            lock (lines)
            {
                string all = "[" + string.Join(",", lines) + "]";
                lines.Clear();
                return all;
            }
        }
    }

    class ListenerWorkerRequest : SimpleWorkerRequest
    {
        readonly HttpListenerContext ctx;
        readonly byte[] body;
        readonly string filePath;
        readonly string pathInfo;
        readonly string physicalDir;
        readonly MemoryStream output = new MemoryStream();
        public readonly ManualResetEvent Done = new ManualResetEvent(false);

        public ListenerWorkerRequest(HttpListenerContext ctx, string dir)
            : base("/", dir, ctx.Request.Url.AbsolutePath.TrimStart('/'),
                   ctx.Request.Url.Query.TrimStart('?'), TextWriter.Null)
        {
            this.ctx = ctx;
            physicalDir = dir;
            var ms = new MemoryStream();
            ctx.Request.InputStream.CopyTo(ms);
            body = ms.ToArray();
            string path = ctx.Request.Url.AbsolutePath;
            int asmx = path.IndexOf(".asmx", StringComparison.OrdinalIgnoreCase);
            if (asmx >= 0 && asmx + 5 < path.Length)
            {
                filePath = path.Substring(0, asmx + 5);
                pathInfo = path.Substring(asmx + 5);
            }
            else
            {
                filePath = path;
                pathInfo = "";
            }
        }

        public override string GetUriPath() { return ctx.Request.Url.AbsolutePath; }
        public override string GetFilePath() { return filePath; }
        public override string GetPathInfo() { return pathInfo; }
        public override string GetRawUrl() { return ctx.Request.RawUrl; }
        public override string GetQueryString() { return ctx.Request.Url.Query.TrimStart('?'); }
        public override string GetHttpVerbName() { return ctx.Request.HttpMethod; }
        public override string GetHttpVersion() { return "HTTP/1.1"; }
        public override string GetRemoteAddress() { return ctx.Request.RemoteEndPoint.Address.ToString(); }
        public override int GetRemotePort() { return ctx.Request.RemoteEndPoint.Port; }
        public override string GetLocalAddress() { return ctx.Request.LocalEndPoint.Address.ToString(); }
        public override int GetLocalPort() { return ctx.Request.LocalEndPoint.Port; }
        public override string GetServerName() { return "127.0.0.1"; }
        public override string GetAppPath() { return "/"; }
        public override string GetAppPathTranslated() { return physicalDir + Path.DirectorySeparatorChar; }

        public override string MapPath(string virtualPath)
        {
            string relative = (virtualPath ?? "/").TrimStart('~').TrimStart('/');
            return Path.Combine(physicalDir, relative.Replace('/', Path.DirectorySeparatorChar));
        }
        public override string GetFilePathTranslated()
        {
            return Path.Combine(physicalDir, filePath.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
        }

        public override string GetKnownRequestHeader(int index)
        {
            return ctx.Request.Headers[GetKnownRequestHeaderName(index)];
        }

        public override string GetUnknownRequestHeader(string name) { return ctx.Request.Headers[name]; }

        public override string[][] GetUnknownRequestHeaders()
        {
            var all = new List<string[]>();
            foreach (string key in ctx.Request.Headers.AllKeys)
            {
                if (GetKnownRequestHeaderIndex(key) < 0) all.Add(new[] { key, ctx.Request.Headers[key] });
            }
            return all.ToArray();
        }

        public override byte[] GetPreloadedEntityBody() { return body; }
        public override bool IsEntireEntityBodyIsPreloaded() { return true; }
        public override int GetTotalEntityBodyLength() { return body.Length; }
        public override int GetPreloadedEntityBodyLength() { return body.Length; }
        public override int ReadEntityBody(byte[] buffer, int size) { return 0; }

        public override void SendStatus(int statusCode, string statusDescription)
        {
            ctx.Response.StatusCode = statusCode;
            ctx.Response.StatusDescription = statusDescription;
        }

        public override void SendKnownResponseHeader(int index, string value)
        {
            SendUnknownResponseHeader(GetKnownResponseHeaderName(index), value);
        }

        public override void SendUnknownResponseHeader(string name, string value)
        {
            switch (name.ToLowerInvariant())
            {
                case "content-length":
                case "transfer-encoding":
                case "connection":
                case "keep-alive":
                    return;
                case "content-type":
                    ctx.Response.ContentType = value;
                    return;
                default:
                    ctx.Response.Headers[name] = value;
                    return;
            }
        }

        public override void SendResponseFromMemory(byte[] data, int length) { output.Write(data, 0, length); }

        public override void SendResponseFromFile(string filename, long offset, long length)
        {
            using (var f = File.OpenRead(filename))
            {
                f.Seek(offset, SeekOrigin.Begin);
                var buf = new byte[length];
                int n = f.Read(buf, 0, buf.Length);
                output.Write(buf, 0, n);
            }
        }

        public override void FlushResponse(bool finalFlush) { }

        public override void EndOfRequest()
        {
            try
            {
                byte[] data = output.ToArray();
                ctx.Response.ContentLength64 = data.Length;
                ctx.Response.OutputStream.Write(data, 0, data.Length);
                ctx.Response.Close();
            }
            finally
            {
                Done.Set();
            }
        }
    }
}
