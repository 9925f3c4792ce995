using Recruitment.Load;

// ./recruitment.sh soak runs this against the system `up` started; see README.md, "Long runs".
var options = LoadOptions.Parse(args);
return options.Command switch
{
    "soak" or "chaos" => await Soak.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Recruitment.Load soak|chaos [--gateway URL] [--postgres CONNECTION] [--rate N] [--minutes M] [--fault NAME=COMMAND]...");
    return 2;
}
