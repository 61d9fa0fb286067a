using NewsCurator.Scoring;

// The AWS Batch scoring job (and a local command): locations come from the environment,
// see BatchScoringEntrypoint. Exit code 0 = scored, 1 = failed while scoring, 2 = bad input/config.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await BatchScoringEntrypoint.RunAsync(Environment.GetEnvironmentVariable, Console.Error, ct: cancel.Token);
