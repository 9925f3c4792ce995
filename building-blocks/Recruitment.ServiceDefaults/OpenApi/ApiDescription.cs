using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.ServiceDefaults.OpenApi;

/// <summary>
/// Each service describes its own endpoints with ASP.NET Core's OpenAPI support at /openapi/v1.json; the gateway
/// serves them combined. What the framework cannot see is added here: the bearer scheme, which problem codes each
/// endpoint answers with, and the contract's examples.
/// </summary>
public static class ApiDescription
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string BearerScheme = "bearer";
    private const string ProblemContentType = "application/problem+json";

    public static IServiceCollection AddRecruitmentOpenApi(this IServiceCollection services, string serviceName) =>
        services.AddOpenApi(DocumentName, options =>
        {
            // Each feature names its body "Request": the feature's name keeps them apart (ShortlistRequest, ...).
            options.CreateSchemaReferenceId = type =>
            {
                var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
                return name is not null && type.Type.DeclaringType is { } feature ? feature.Name + name : name;
            };
            options.AddDocumentTransformer(async (document, context, cancellationToken) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = $"Recruitment: {serviceName}",
                    Version = DocumentName,
                    Description = "Errors are problem details (RFC 9457) with a stable `code` and a title in the caller's language (Accept-Language: en or fr).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A JWT with a `role` claim (applicant, hr, division with a `division` claim, clearance-officer, admin); in Development, POST /dev/token mints one.",
                };

                // Every error response refers to it, whether or not an endpoint returns it by type.
                var problem = await context.GetOrCreateSchemaAsync(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), null, cancellationToken);
                document.AddComponent(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), problem);
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                Describe(operation, context);
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type) && schema.Properties is not null)
                {
                    schema.Properties[Problems.CodeKey] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = "The stable error code of the gateway contract (validation, not-found, deadline-passed, ...).",
                    };
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>Declares the problem codes an endpoint (or every endpoint of a group) may answer with.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder endpoint, params ProblemCode[] codes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var code in codes)
        {
            endpoint.WithMetadata(new ProblemCodeMetadata(code));
        }

        return endpoint;
    }

    /// <summary>A request body as the gateway contract shows it, so that a reader sees a real one.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder endpoint, string json)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new RequestExampleMetadata(JsonNode.Parse(json)!));

    private static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var codes = metadata.OfType<ProblemCodeMetadata>().Select(m => m.Code).ToList();
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            codes.Add(ProblemCodes.Unauthenticated);
            codes.Add(ProblemCodes.Forbidden);
        }

        if (metadata.OfType<IAcceptsMetadata>().Any())
        {
            codes.Add(ProblemCodes.Validation);
        }

        // Any call through the gateway: its rate limits, and a server the request needs being down.
        codes.Add(ProblemCodes.TooManyRequests);
        codes.Add(ProblemCodes.Unavailable);

        operation.Responses ??= new OpenApiResponses();
        foreach (var status in codes.DistinctBy(code => code.Code).GroupBy(code => code.Status))
        {
            var key = status.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var list = string.Join(", ", status.Select(code => $"`{code.Code}`"));
            operation.Responses[key] = new OpenApiResponse
            {
                Description = $"Problem details; `code` is {list}. {string.Join(" ", status.Select(code => code.Title.En))}",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemContentType] = new()
                    {
                        Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.Document),
                        Example = new JsonObject
                        {
                            ["type"] = status.First().Type,
                            ["title"] = status.First().Title.En,
                            ["status"] = status.Key,
                            [Problems.CodeKey] = status.First().Code,
                        },
                    },
                },
            };
        }

        if (metadata.OfType<RequestExampleMetadata>().LastOrDefault() is { } example && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = example.Json.DeepClone();
            }
        }
    }

    private sealed record ProblemCodeMetadata(ProblemCode Code);

    private sealed record RequestExampleMetadata(JsonNode Json);
}
