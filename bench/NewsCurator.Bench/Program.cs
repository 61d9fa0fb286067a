using NewsCurator.Bench;

// Benchmarks that print numbers and compare against a baseline in the same run.
//   dotnet run -c Release --project bench/NewsCurator.Bench -- [parse|fetch|dedupe|bigfeed|api|streaming|export|text|select|all] [--rounds N] [--feeds N] [--items N] [--seconds N] [--no-writer] [--stream-items N] [--rows N]
//   dotnet run -c Release --project bench/NewsCurator.Bench -- scale --feeds N [--runs 2] [--out docs/scale-bench.json] [--until Ingest]   (not part of "all")
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
}

string? Text(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

string? StringOption(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? Path.GetFullPath(args[i + 1]) : null;
}

if (what is "parse" or "all") ParseBench.Run(Option("--rounds", 5));
if (what is "fetch" or "all") await FetchBench.RunAsync(Option("--feeds", 1000));
if (what is "dedupe" or "all") DedupeBench.Run();
if (what is "bigfeed" or "all") await BigFeedBench.RunAsync(Option("--items", 17_600));
if (what is "api" or "all") await ApiLoadBench.RunAsync(Option("--seconds", 5), withWriter: !args.Contains("--no-writer"));
// The api bench's writer, a process of its own (started by the api bench, not meant to be run by hand).
if (what is "api-writer") await ApiLoadBench.WriteUntilStoppedAsync(args[Array.IndexOf(args, "api-writer") + 1]);
if (what is "streaming" or "all") await StreamingBench.RunAsync([Option("--stream-items", 20_000), 4 * Option("--stream-items", 20_000), 16 * Option("--stream-items", 20_000)]);
if (what is "export" or "all") await ExportBench.RunAsync(Option("--rows", 20_000));
if (what is "text" or "all") TextBench.Run();
if (what is "select" or "all") await SelectBench.RunAsync();
if (what is "scale") await ScaleBench.RunAsync(Option("--feeds", 1000), Option("--runs", 2), StringOption("--out"), Text("--until"));
if (what is not ("parse" or "fetch" or "dedupe" or "bigfeed" or "api" or "api-writer" or "streaming" or "export" or "text" or "select" or "scale" or "all"))
{
    Console.Error.WriteLine($"bench: unknown benchmark '{what}'; use parse, fetch, dedupe, bigfeed, api, streaming, export, text, select, scale or all");
    return 2;
}
return 0;
