using Recruitment.Screening;
using Recruitment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ScreeningModule.Name);
builder.AddScreeningModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapScreeningModule();
app.Run();
