using Yarp.ReverseProxy.Forwarder;

namespace Recruitment.Gateway;

/// <summary>
/// A service that cannot be reached (down, restarting, refusing connections) is the contract's <c>503 unavailable</c>
/// with <c>Retry-After</c>, not the proxy's bare 502 or 504: the client learns that nothing was stored and when to
/// try again.
/// </summary>
public static class DownstreamErrors
{
    public static IReverseProxyApplicationBuilder UseUnavailableForDownstreamErrors(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next();
            if (context.GetForwarderErrorFeature() is { Error: not ForwarderError.None } && !context.Response.HasStarted
                && context.Response.StatusCode is StatusCodes.Status502BadGateway or StatusCodes.Status504GatewayTimeout)
            {
                // The problem body and its Retry-After come from the problem details setup, as for every 503.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        });
        return proxy;
    }
}
