// A Web API self-host for Protech's POST api/Contact with the default formatters
// (System.Web.Http's HttpServer, its whole pipeline: routing, model binding,
// formatters, fed by an HttpListener on 127.0.0.1; Mono 6.8's WCF-based
// HttpSelfHostServer fails in BeginAcceptChannel)
// (Json.NET for JSON, DataContractSerializer for XML). The controller reports
// member by member what the framework bound (GET /__bound) and answers with an
// APIResponse, or with Web API's error bodies. Mono's Web API predates HttpError and
// CreateErrorResponse, so ErrorResponse below writes the bodies as Web API 2's HttpError
// does: JSON {"Message":…,"ModelState":{key:[messages]}}, XML <Error><Message>…</Message>…</Error>.
// Usage: mono ProtechWebApi.exe <port>; prints "LISTENING" when ready.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Linq;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Threading;
using System.Web.Http;
using Newtonsoft.Json;
using Protech.UX.API.Contact;
using Protech.UX.API.Response;

namespace CrmwireInterop
{
    public class ContactController : ApiController
    {
        public const string ApiKey = "interop-key";
        public const string ClientId = "interop-client";
        static readonly List<string> bound = new List<string>();
        static readonly HashSet<string> emails = new HashSet<string>();

        public static string Drain()
        {
            lock (bound)
            {
                string all = "[" + string.Join(",", bound) + "]";
                bound.Clear();
                return all;
            }
        }

        HttpResponseMessage ErrorResponse(HttpStatusCode status, string message, Dictionary<string, string[]> modelState)
        {
            bool xml = Request.Headers.Accept.Any(a => a.MediaType.EndsWith("xml"));
            string body;
            if (xml)
            {
                var sb = new StringBuilder("<Error><Message>" + SecurityElement.Escape(message) + "</Message>");
                if (modelState != null)
                {
                    sb.Append("<ModelState>");
                    foreach (var kv in modelState)
                        sb.Append("<" + kv.Key + ">" + SecurityElement.Escape(string.Join(" ", kv.Value)) + "</" + kv.Key + ">");
                    sb.Append("</ModelState>");
                }
                body = sb.Append("</Error>").ToString();
            }
            else
            {
                var error = new Dictionary<string, object> { { "Message", message } };
                if (modelState != null) error["ModelState"] = modelState;
                body = JsonConvert.SerializeObject(error);
            }
            var reply = new HttpResponseMessage(status);
            reply.Content = new StringContent(body, Encoding.UTF8, xml ? "application/xml" : "application/json");
            return reply;
        }

        public HttpResponseMessage Get()
        {
            var reply = new HttpResponseMessage(HttpStatusCode.OK);
            reply.Content = new StringContent(Drain(), Encoding.UTF8, "application/json");
            return reply;
        }

        public HttpResponseMessage Post(string APIKey, string ClientId, [FromBody] ContactRequest request)
        {
            var settings = new JsonSerializerSettings { DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind };
            lock (bound) bound.Add(JsonConvert.SerializeObject(request, settings));
            if (APIKey != ApiKey || ClientId != ContactController.ClientId)
                return ErrorResponse(HttpStatusCode.Unauthorized, "Authorization has been denied for this request.", null);
            var modelState = new Dictionary<string, string[]>();
            if (request == null || request.Contact == null)
                modelState["request.Contact"] = new[] { "The Contact field is required." };
            else if (string.IsNullOrEmpty(request.Contact.Email))
                modelState["request.Contact.Email"] = new[] { "The Email field is required." };
            if (modelState.Count > 0)
                return ErrorResponse(HttpStatusCode.BadRequest, "The request is invalid.", modelState);
            lock (emails)
            {
                if (!emails.Add(request.Contact.Email.ToLowerInvariant()))
                    return ErrorResponse(HttpStatusCode.Conflict, "A contact with this email already exists.", null);
            }
            return Request.CreateResponse(HttpStatusCode.OK, new APIResponse {
                Status = Status.Success, Id = Guid.NewGuid(), Description = "Contact created" });
        }
    }

    public static class ProtechWebApi
    {
        public static int Main(string[] args)
        {
            var config = new HttpConfiguration();
            config.Routes.MapHttpRoute("contact", "api/Contact", new { controller = "Contact" });
            config.Routes.MapHttpRoute("bound", "__bound", new { controller = "Contact" });
            var invoker = new HttpMessageInvoker(new HttpServer(config));
            var listener = new HttpListener();
            listener.Prefixes.Add("http://127.0.0.1:" + args[0] + "/");
            listener.Start();
            Console.WriteLine("LISTENING");
            Console.Out.Flush();
            while (true)
            {
                HttpListenerContext ctx = listener.GetContext();
                ThreadPool.QueueUserWorkItem(_ => Serve(invoker, ctx));
            }
        }

        static void Serve(HttpMessageInvoker invoker, HttpListenerContext ctx)
        {
            try
            {
                var request = new HttpRequestMessage(new HttpMethod(ctx.Request.HttpMethod), ctx.Request.Url);
                var body = new System.IO.MemoryStream();
                ctx.Request.InputStream.CopyTo(body);
                request.Content = new ByteArrayContent(body.ToArray());
                foreach (string name in ctx.Request.Headers.AllKeys)
                {
                    string value = ctx.Request.Headers[name];
                    if (!request.Headers.TryAddWithoutValidation(name, value))
                        request.Content.Headers.TryAddWithoutValidation(name, value);
                }
                HttpResponseMessage response = invoker.SendAsync(request, CancellationToken.None).Result;
                ctx.Response.StatusCode = (int)response.StatusCode;
                byte[] data = response.Content == null ? new byte[0] : response.Content.ReadAsByteArrayAsync().Result;
                if (response.Content != null && response.Content.Headers.ContentType != null)
                    ctx.Response.ContentType = response.Content.Headers.ContentType.ToString();
                ctx.Response.ContentLength64 = data.Length;
                ctx.Response.OutputStream.Write(data, 0, data.Length);
                ctx.Response.Close();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(e);
                try { ctx.Response.StatusCode = 599; ctx.Response.Close(); } catch (Exception) { }
            }
        }
    }
}
