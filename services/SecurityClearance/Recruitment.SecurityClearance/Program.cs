using Recruitment.SecurityClearance;
using Recruitment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(SecurityClearanceModule.Name);
builder.AddSecurityClearanceModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSecurityClearanceModule();
app.Run();
