using Recruitment.Load;

// ./recruitment.sh soak|chaos|bench|demo run this against the system `up` started; see README.md, "Long runs" and "Performance".
var options = LoadOptions.Parse(args);
return options.Command switch
{
    "soak" or "chaos" => await Soak.RunAsync(options),
    "bench" => await Bench.RunAsync(options),
    "demo" => await Demo.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Recruitment.Load soak|chaos [--gateway URL] [--postgres CONNECTION] [--rate N] [--minutes M] [--fault NAME=COMMAND]...");
    Console.Error.WriteLine("       Recruitment.Load bench [--rabbitmq URL] [--rates 50,100] [--saturation N] [--seconds S] [--surge N] [--one-hop N]");
    Console.Error.WriteLine("       Recruitment.Load demo [--gateway URL] [--clock .data/clock] [--candidates N]");
    return 2;
}
