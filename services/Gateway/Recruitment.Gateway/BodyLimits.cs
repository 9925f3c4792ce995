using Microsoft.AspNetCore.Http.Features;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Gateway;

/// <summary>
/// Request bodies are bounded here, per route, before anything is forwarded: a body over its route's limit gets
/// <c>413 document-too-large</c>, whether it announces its length or arrives in chunks. Left to the service, an
/// oversized body was refused there before it was read, the gateway could not finish sending it, and the client saw a
/// 502 instead.
/// </summary>
public static class BodyLimits
{
    /// <summary>The "Gateway:BodyLimits" section.</summary>
    public sealed class Options
    {
        public const string Section = "Gateway:BodyLimits";

        /// <summary>A document (5 MiB) and the multipart framing around it.</summary>
        public long DocumentBytes { get; set; } = (5 * 1024 * 1024) + (64 * 1024);

        /// <summary>Every other request: JSON forms and commands.</summary>
        public long OtherBytes { get; set; } = 256 * 1024;
    }

    public static IReverseProxyApplicationBuilder UseBodyLimits(this IReverseProxyApplicationBuilder proxy, Options options)
    {
        proxy.Use(async (context, next) =>
        {
            var limit = IsDocumentUpload(context.Request) ? options.DocumentBytes : options.OtherBytes;
            if (context.Request.ContentLength > limit)
            {
                await RefuseAsync(context);
                return;
            }

            // A chunked body is counted as it is read: past the limit, reading it fails and so does forwarding it.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            await next();
            if (context.GetForwarderErrorFeature()?.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await RefuseAsync(context);
            }
        });
        return proxy;
    }

    private static bool IsDocumentUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/api/applications", StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { } tail && tail.EndsWith("/documents", StringComparison.OrdinalIgnoreCase);

    private static Task RefuseAsync(HttpContext context)
    {
        // The rest of an announced body is not read: the connection closes after the answer.
        context.Response.Headers.Connection = "close";
        return Problems.Of(ProblemCodes.TooLarge).ExecuteAsync(context);
    }
}
