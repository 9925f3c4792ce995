using Recruitment.Applications;
using Recruitment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ApplicationsModule.Name);
builder.AddApplicationsModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApplicationsModule();
app.Run();
