using Recruitment.Gateway;
using Recruitment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(GatewayModule.Name);
builder.AddGatewayModule();

var app = builder.Build();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapGatewayModule();
app.Run();
