using System.CommandLine;
using NewsCurator.Cli;

// newscurator: the local entry point. `run` executes the production state machine on embedded
// defaults (files for S3, SQLite for RDS, the CPU scorer); `parse` inspects feeds.

// What the CLI prints and writes reads alike on every machine (each stage's handler sets the same for its own flow).
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
var outOption = new Option<string>("--out") { Description = "Output folder: blob-store tree, newsletter, SQLite database", DefaultValueFactory = _ => "out" };
var configOption = new Option<string>("--config") { Description = "Pipeline configuration (YAML)", DefaultValueFactory = _ => "config/pipeline.yaml" };
var runIdOption = new Option<string?>("--run-id") { Description = "Run id (default: run-YYYYMMDD-HHMMSS); the same id again re-runs idempotently" };
var quietOption = new Option<bool>("--quiet") { Description = "Only print the summary" };

var run = new Command("run", "Run the whole pipeline locally through statemachine/pipeline.asl.json");
run.Options.Add(outOption);
run.Options.Add(configOption);
run.Options.Add(runIdOption);
run.Options.Add(quietOption);
run.SetAction((parse, ct) => RunCommand.ExecuteAsync(parse.GetValue(outOption)!, parse.GetValue(configOption)!,
    parse.GetValue(runIdOption), parse.GetValue(quietOption), Console.Out, Console.Error, ct));

var sources = new Argument<string[]>("sources") { Description = "Feed files or http(s) URLs", Arity = ArgumentArity.OneOrMore };
var parseCommand = new Command("parse", "Parse feeds and print one JSON line per source");
parseCommand.Arguments.Add(sources);
parseCommand.SetAction((parse, ct) => ParseCommand.ExecuteAsync(parse.GetValue(sources)!, Console.Out, ct));

var stateOption = new Option<string?>("--state") { Description = "Output folder of earlier runs: apply the permanent feed moves they recorded" };
var opml = new Command("opml", "Export the resolved feed list as OPML (stdout)");
opml.Options.Add(configOption);
opml.Options.Add(stateOption);
opml.SetAction((parse, ct) => OpmlCommand.ExecuteAsync(parse.GetValue(configOption)!, parse.GetValue(stateOption), Console.Out, Console.Error, ct));

var urlsOption = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
var adminTokenOption = new Option<string?>("--admin-token-file") { Description = "File whose first line is the bearer token for /admin routes (default: NEWSCURATOR_ADMIN_TOKEN; neither: admin routes off)" };
var serve = new Command("serve", "Serve the read API (runs, articles, newsletters, feeds) over the output folder");
serve.Options.Add(outOption);
serve.Options.Add(urlsOption);
serve.Options.Add(adminTokenOption);
serve.SetAction((parse, ct) => ServeCommand.ExecuteAsync(parse.GetValue(outOption)!, parse.GetValue(urlsOption)!, parse.GetValue(adminTokenOption), ct));

var root = new RootCommand("NewsCurator: curate a tech/AI newsletter from news feeds");
root.Subcommands.Add(run);
root.Subcommands.Add(parseCommand);
root.Subcommands.Add(opml);
root.Subcommands.Add(serve);
return await root.Parse(args).InvokeAsync();
