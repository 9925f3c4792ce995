using Recruitment.DivisionSelection;
using Recruitment.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(DivisionSelectionModule.Name);
builder.AddDivisionSelectionModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDivisionSelectionModule();
app.Run();
