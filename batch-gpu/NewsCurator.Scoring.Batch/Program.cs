using System.CommandLine;
using NewsCurator.Infrastructure.S3;
using NewsCurator.Scoring;
using NewsCurator.Storage;
using NewsCurator.Scoring.Batch;
using NewsCurator.Scoring.Model;
using NewsCurator.Scoring.Model.Encoder;
using NewsCurator.Scoring.Model.Training;

// The scorer: `train`, `score`, `bench`; with no command, the AWS Batch job (locations from the
// environment, see BatchScoringEntrypoint). Exit codes: 0 ok, 1 failed, 2 bad input/config, 3 lines skipped.
if (args.Length == 0)
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
    // MODEL_URI (s3://bucket/key or file:///path) overrides the model baked into the image.
    var modelPath = File.Exists(Commands.DefaultHeadsPath) ? Commands.DefaultHeadsPath : Commands.DefaultModelPath;
    if (Environment.GetEnvironmentVariable("MODEL_URI") is { Length: > 0 } modelUri)
    {
        var (store, key) = BatchScoringEntrypoint.Open(modelUri, Environment.GetEnvironmentVariable);
        var bytes = await store.ReadAsync(key);
        if (bytes is null)
        {
            Console.Error.WriteLine($"score: MODEL_URI {modelUri} does not exist");
            return 2;
        }
        modelPath = Path.Combine(Path.GetTempPath(), "newscurator-model"); // its first bytes say which family it is
        await File.WriteAllBytesAsync(modelPath, bytes);
    }
    IArticleScorer scorer;
    var jobDevice = Environment.GetEnvironmentVariable("SCORER_DEVICE") ?? "cpu";
    if (jobDevice == "cuda" && !TorchSharp.torch.cuda.is_available())
    {
        Console.Error.WriteLine("score: SCORER_DEVICE=cuda but no CUDA device is visible; scoring on the CPU");
        jobDevice = "cpu";
    }
    if (File.Exists(modelPath) && ScorerFactory.IsEncoderHeads(modelPath))
    {
        // The run's own config holds the editorial profile and the kinds of ad listing the scorer compares articles with.
        var runConfig = new NewsCurator.Configuration.PipelineConfig();
        if (Environment.GetEnvironmentVariable("RUN_ID") is { } runId && Environment.GetEnvironmentVariable(BlobStores.BlobVariable) is { } blob
            && await BlobStores.Create(blob, Environment.GetEnvironmentVariable)
                .ReadJsonAsync<NewsCurator.Configuration.PipelineConfig>(new NewsCurator.Storage.RunPaths(NewsCurator.Storage.RunPaths.ValidateRunId(runId)).Config, cancel.Token) is { } stored)
            runConfig = stored;
        scorer = EncoderCommands.JobScorer(modelPath, jobDevice, runConfig.Profile, runConfig.Ads, Console.Error);
    }
    // The older hashed bag: mixed precision on the GPU (float16 weights and activations, float32 outputs).
    else if (File.Exists(modelPath)) scorer = NeuralScorer.Load(modelPath, jobDevice, halfPrecision: jobDevice == "cuda", batchSize: jobDevice == "cuda" ? 8192 : 512);
    else
    {
        Console.Error.WriteLine($"score: no model at {modelPath}; using the rules scorer (explicit fallback)");
        scorer = new RulesScorer();
    }
    return await BatchScoringEntrypoint.RunAsync(Environment.GetEnvironmentVariable, Console.Error, scorer, ct: cancel.Token);
}

var data = new Option<string>("--data") { Description = "Folder with items.jsonl and labels-train.jsonl", DefaultValueFactory = _ => "tests/fixtures/data" };
var moreData = new Option<string[]>("--more-data") { Description = "Spent held-out sets (folders with items.jsonl and labels.jsonl) whose labels join --data's for the baselines, as train-heads --more-data joined them for the heads", AllowMultipleArgumentsPerToken = true };
var model = new Option<string>("--model") { Description = "Model file", DefaultValueFactory = _ => Commands.DefaultModelPath };

var train = new Command("train", "Train the scoring model (seeded) and write the model file and evaluation report");
var output = new Option<string>("--output") { DefaultValueFactory = _ => "batch-gpu/model/scorer.ncsm" };
var report = new Option<string>("--report") { DefaultValueFactory = _ => "batch-gpu/model" };
var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 8 };
var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42 };
var buckets = new Option<int>("--buckets") { DefaultValueFactory = _ => 1 << 14 };
var dim = new Option<int>("--dim") { DefaultValueFactory = _ => 32 };
var corpora = new Option<string?>("--corpora") { Description = "Folder of weakly labelled extra text (tests/fixtures/corpora); off unless given" };
var perSource = new Option<int>("--per-source") { DefaultValueFactory = _ => 300 };
foreach (var o in new Option[] { data, output, report, epochs, seed, buckets, dim, corpora, perSource }) train.Options.Add(o);
train.SetAction(p => Commands.Train(p.GetValue(data)!, p.GetValue(output)!, p.GetValue(report)!,
    new TrainOptions { Epochs = p.GetValue(epochs), Seed = p.GetValue(seed), Shape = new ModelShape(p.GetValue(buckets), p.GetValue(dim), p.GetValue(dim)) },
    Console.Out, p.GetValue(corpora), p.GetValue(perSource)));

var score = new Command("score", "Score a JSON-lines file of candidate lines (a run's candidates.jsonl) into the pipeline's score lines");
var input = new Option<string>("--input") { Required = true };
var scoresOut = new Option<string>("--output") { Required = true };
var device = new Option<string>("--device") { DefaultValueFactory = _ => "cpu" };
var batchSize = new Option<int>("--batch-size") { DefaultValueFactory = _ => 512 };
var half = new Option<bool>("--half") { Description = "float16 weights on CUDA" };
var embeddings = new Option<bool>("--embeddings") { Description = "Include the pooled embedding in each output line" };
device.AcceptOnlyFromAmong("cpu", "cuda");
foreach (var o in new Option[] { input, scoresOut, model, device, batchSize, half, embeddings }) score.Options.Add(o);
score.SetAction(p => Commands.Score(p.GetValue(input)!, p.GetValue(scoresOut)!, p.GetValue(model)!, p.GetValue(device)!,
    p.GetValue(batchSize), p.GetValue(half), p.GetValue(embeddings), Console.Error));

var bench = new Command("bench", "Items/s on the CPU and, when CUDA is present, on the GPU (fp32 and fp16)");
var items = new Option<int>("--items") { DefaultValueFactory = _ => 20000 };
foreach (var o in new Option[] { model, items, batchSize, data }) bench.Options.Add(o);
bench.SetAction(p => Commands.Bench(p.GetValue(model)!, p.GetValue(items), p.GetValue(batchSize), p.GetValue(data)!, Console.Out));

var experiment = new Command("experiment-transformer", "Train and measure a transformer encoder on the same split (architecture comparison; not shipped)");
var layers = new Option<int>("--layers") { DefaultValueFactory = _ => 2 };
var expEpochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 8 };
foreach (var o in new Option[] { data, expEpochs, seed, dim, layers }) experiment.Options.Add(o);
experiment.SetAction(p =>
{
    var (trainItems, validationItems) = LabeledItems.SplitByFeed(LabeledItems.Load(p.GetValue(data)!));
    var result = TransformerExperiment.Run(trainItems, validationItems, p.GetValue(expEpochs), p.GetValue(seed), p.GetValue(dim), p.GetValue(layers), Console.Out);
    Console.WriteLine($"{result.Scorer}: relevance macro-F1 {result.RelevanceMacroF1:0.000}, ad AUC {result.AdAuc:0.000}, type acc {result.TypeAccuracy:0.000}, p@20 {result.PrecisionAt20:0.00}");
    return 0;
});

var embed = new Command("embed", "Embed the labelled items with the pretrained encoder (cached for training the heads)");
var embedCache = new Option<string>("--cache") { DefaultValueFactory = _ => EncoderCommands.DefaultEmbeddings };
var bodyTokens = new Option<int>("--body-tokens") { DefaultValueFactory = _ => 256 };
foreach (var o in new Option[] { data, embedCache, bodyTokens }) embed.Options.Add(o);
embed.SetAction(p =>
{
    EncoderCommands.LabelledEmbeddings(LabeledItems.Load(p.GetValue(data)!), p.GetValue(embedCache)!, new NewsCurator.Scoring.Encoder.EncoderText(BodyTokens: p.GetValue(bodyTokens)), Console.Out);
    return 0;
});

var configOption = new Option<string>("--config") { Description = "The pipeline config whose ad rules (patterns, sponsor marker, ads.listings) validation also applies", DefaultValueFactory = _ => "config/pipeline.yaml" };
var validate = new Command("validate-heads", "Grouped cross-validation by feed: encoder heads against naive Bayes, frozen-embedding LR and the bag");
var folds = new Option<int>("--folds") { DefaultValueFactory = _ => 5 };
var onlyScorers = new Option<string[]>("--only") { Description = "Candidate name prefixes to run", AllowMultipleArgumentsPerToken = true };
var typesReport = new Option<bool>("--types") { Description = "Per content type precision, recall and confusion matrix of each scorer, then ways of decoding and training the type head, each chosen on one half of the feeds and reported on the other" };
var feedTypesReport = new Option<bool>("--feed-types") { Description = "The feed fallback for items under the type floor (Scoring.FeedTypes): settings chosen on one half of the feeds and reported on the other (alone, without --types)" };
foreach (var o in new Option[] { data, embedCache, bodyTokens, folds, seed, onlyScorers, configOption, typesReport, feedTypesReport }) validate.Options.Add(o);
validate.SetAction(p =>
{
    EncoderCommands.Validate(p.GetValue(data)!, p.GetValue(embedCache)!, new NewsCurator.Scoring.Encoder.EncoderText(BodyTokens: p.GetValue(bodyTokens)),
        p.GetValue(folds), p.GetValue(seed), p.GetValue(onlyScorers) ?? [], p.GetValue(configOption)!, Console.Out, p.GetValue(typesReport), p.GetValue(feedTypesReport));
    return 0;
});

var trainHeads = new Command("train-heads", "Fine-tune the encoder's top layers, train the heads on them (seeded) and write the shipped heads file");
var headsOutput = new Option<string>("--output") { DefaultValueFactory = _ => EncoderCommands.ShippedHeads };
var headsVersion = new Option<string>("--version") { DefaultValueFactory = _ => "v7" };
// v7: the four spent held-out sets' labels train the type and ad heads; relevance and quality learn from --data alone
// (chosen by leaving each set out in turn: EXPERIMENTS.md, "v7 (shipped)"). `--more-data none` trains on --data alone.
var trainMoreData = new Option<string[]>("--more-data") { Description = "Spent held-out sets whose labels join --data's (none: --data alone)", AllowMultipleArgumentsPerToken = true,
    DefaultValueFactory = _ => ["tests/fixtures/heldout", "tests/fixtures/heldout2", "tests/fixtures/heldout3", "tests/fixtures/heldout4"] };
var trainMoreDataHeads = new Option<string[]>("--more-data-heads") { Description = "The heads --more-data's labels train (relevance, type, ad, quality)", AllowMultipleArgumentsPerToken = true,
    DefaultValueFactory = _ => ["type", "ad"] };
var trainMoreDataBalance = new Option<bool>("--more-data-balance") { Description = "Weigh --more-data's relevance labels by class to --data's shares (the base rate stays the training labels')" };
// 0 since v5: on kinds of feed no label came from (evaluate-heldout), heads on the pretrained encoder ranked better than
// heads on fine-tuned top layers, which won only the cross-validation over the labels' own kinds (EXPERIMENTS.md, session 45).
var tuneTopLayers = new Option<int>("--tune-top-layers") { Description = "Encoder layers to fine-tune from the top (0: the pretrained encoder as it is, the shipped recipe)", DefaultValueFactory = _ => 0 };
var stateCache = new Option<string?>("--state-cache") { Description = "Folder for the frozen encoder states, reused across runs", DefaultValueFactory = _ => "batch-gpu/model/.cache/finetune" };
var noCrossValidation = new Option<bool>("--no-cross-validation") { Description = "Skip the 40-minute grouped cross-validation (an experiment measured by evaluate-heldout); the file carries no validation metrics" };
var withoutRules = new Option<bool>("--without-rules") { Description = "Heads that do not read the rules scorer's verdicts (an experiment)" };
var withoutWords = new Option<bool>("--without-words") { Description = "No word model beside the heads (an experiment)" };
var wordsAloneShare = new Option<double>("--words-alone-share") { Description = "The share of relevance and quality from regressions on the words alone, within the word model's (0: none, v5's recipe)", DefaultValueFactory = _ => new HeadsTrainOptions().WordsAloneShare };
foreach (var o in new Option[] { data, trainMoreData, trainMoreDataHeads, trainMoreDataBalance, embedCache, bodyTokens, seed, headsOutput, headsVersion, tuneTopLayers, stateCache, configOption, noCrossValidation, withoutRules, withoutWords, wordsAloneShare }) trainHeads.Options.Add(o);
trainHeads.SetAction(p => EncoderCommands.TrainHeads(p.GetValue(data)!, p.GetValue(embedCache)!, p.GetValue(headsOutput)!,
    new NewsCurator.Scoring.Encoder.EncoderText(BodyTokens: p.GetValue(bodyTokens)), p.GetValue(seed), p.GetValue(headsVersion)!,
    p.GetValue(tuneTopLayers), p.GetValue(stateCache), p.GetValue(configOption)!, Console.Out, crossValidate: !p.GetValue(noCrossValidation),
    useRules: !p.GetValue(withoutRules), useWords: !p.GetValue(withoutWords), wordsAloneShare: p.GetValue(wordsAloneShare), moreData: p.GetValue(trainMoreData) is ["none"] ? [] : p.GetValue(trainMoreData),
    moreHeads: HeadMask.Parse(p.GetValue(trainMoreDataHeads) ?? []), balanceRelevance: p.GetValue(trainMoreDataBalance)));

var evaluateHeldOut = new Command("evaluate-heldout", "Heads files and the baselines on labelled kinds of feed no training saw (--heldout: items.jsonl and labels.jsonl), pooled and per kind, with a bootstrap over feeds");
var heldOutData = new Option<string>("--heldout") { Description = "Folder with the held-out items.jsonl and labels.jsonl (tests/fixtures/heldout8, the latest, found in session 52 and unseen by any training; heldout7, heldout6 and heldout5 measured v7 and the relevance recipes once; the four before it train v7's type and ad heads, heldout4 measured v6 and the all-heads recipe once, heldout3 measured v6 once, heldout2 saw v6's share chosen, heldout chose v5)", DefaultValueFactory = _ => "tests/fixtures/heldout8" };
var heldOutModels = new Option<string[]>("--models") { Description = "Heads files to measure, the first compared with every other scorer", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [EncoderCommands.ShippedHeads] };
var bootstrap = new Option<int>("--bootstrap") { Description = "Resamples of the feeds for the AUC differences' intervals", DefaultValueFactory = _ => 1000 };
var heldOutScores = new Option<string?>("--scores") { Description = "Write every item's labels and each scorer's scores here (JSON lines)" };
foreach (var o in new Option[] { data, moreData, heldOutData, heldOutModels, configOption, bootstrap, seed, heldOutScores }) evaluateHeldOut.Options.Add(o);
evaluateHeldOut.SetAction(p => EncoderCommands.EvaluateHeldOut(p.GetValue(data)!, p.GetValue(heldOutData)!, p.GetValue(heldOutModels)!, p.GetValue(configOption)!,
    p.GetValue(bootstrap), p.GetValue(seed), p.GetValue(heldOutScores), Console.Out, p.GetValue(moreData)));

var benchEncoder = new Command("bench-encoder", "Encoder items/s at 128 and 256 tokens (ONNX Runtime and TorchSharp on the CPU, TorchSharp on CUDA in fp32/fp16/bf16 where present), then the whole scorer end to end and the GPU crossover");
var encoderItems = new Option<int>("--items") { Description = "Items per GPU measurement (the CPU takes at most 256 per path, 512 end to end)", DefaultValueFactory = _ => 4096 };
var batchStartup = new Option<double>("--batch-startup-minutes") { Description = "Batch start-up before scoring begins (instance, image, model): the cost model's planning figure", DefaultValueFactory = _ => 5 };
var explicitAttention = new Option<bool>("--explicit-attention") { Description = "Attention written out (matmul, softmax, matmul) instead of torch's fused kernel, everywhere" };
foreach (var o in new Option[] { data, encoderItems, batchStartup, explicitAttention }) benchEncoder.Options.Add(o);
benchEncoder.SetAction(p =>
{
    MiniLmNetwork.FusedAttentionByDefault = !p.GetValue(explicitAttention);
    return EncoderBench.Run(p.GetValue(data)!, p.GetValue(encoderItems), p.GetValue(batchStartup), Console.Out);
});

var benchShapes = new Command("bench-encoder-shapes", "The job's encoder path with random weights on the labelled texts' token lengths: batching and projection variants, the host's share, batch shapes for encoder_shapes.py --replay (travels to a GPU without the encoder's weights)");
var lengthsFile = new Option<string>("--lengths") { Description = "Token lengths file (two per line: at up to 128 and 256)", DefaultValueFactory = _ => "batch-gpu/gpu-bench/encoder-lengths.tsv" };
var writeLengths = new Option<bool>("--write-lengths") { Description = "Write the lengths file from --data (needs the encoder's vocabulary) and stop" };
var shapesOut = new Option<string?>("--shapes") { Description = "Where to write the job path's batch shapes" };
var onlySet = new Option<string?>("--only") { Description = "One set by name ('all 256'), the job path alone: for a profiler" };
var plansOnly = new Option<bool>("--plans-only") { Description = "Each batching's batches and padding for each set at the GPU's batch size; nothing is encoded" };
foreach (var o in new Option[] { data, encoderItems, lengthsFile, writeLengths, shapesOut, onlySet, plansOnly }) benchShapes.Options.Add(o);
benchShapes.SetAction(p => p.GetValue(writeLengths)
    ? EncoderShapesBench.WriteLengths(p.GetValue(data)!, p.GetValue(lengthsFile)!, Console.Out)
    : EncoderShapesBench.Run(p.GetValue(lengthsFile)!, p.GetValue(encoderItems), p.GetValue(shapesOut), Console.Out, p.GetValue(onlySet), p.GetValue(plansOnly)));

var fineTune = new Command("finetune-experiment", "Grouped CV by feed of fine-tuning the encoder's top k layers against the frozen encoder (same head, same loop); an experiment, nothing is written");
var topLayers = new Option<int[]>("--top-layers") { Description = "k values (0 = frozen baseline)", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [0, 1] };
var ftEpochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 3 };
var ftBatch = new Option<int>("--batch-size") { DefaultValueFactory = _ => 16 };
var ftEncoderLr = new Option<double>("--encoder-lr") { DefaultValueFactory = _ => 3e-5 };
var ftHeadLr = new Option<double>("--head-lr") { DefaultValueFactory = _ => 1e-3 };
var ftHidden = new Option<int>("--head-hidden") { DefaultValueFactory = _ => 256 };
var ftFoldsToRun = new Option<int>("--folds-to-run") { Description = "Only the first n folds (0: all)" };
var ftNoProduct = new Option<bool>("--no-product-heads") { Description = "Skip the shipped heads trained on each fold's encoder" };
var ftCacheDepth = new Option<int>("--cache-depth") { Description = "Cache the frozen states from this many layers below the top (for a later, larger k)" };
foreach (var o in new Option[] { data, embedCache, bodyTokens, folds, seed, topLayers, ftEpochs, ftBatch, ftEncoderLr, ftHeadLr, ftHidden, ftFoldsToRun, ftNoProduct, ftCacheDepth, stateCache, configOption }) fineTune.Options.Add(o);
fineTune.SetAction(p =>
{
    var text = new NewsCurator.Scoring.Encoder.EncoderText(BodyTokens: p.GetValue(bodyTokens));
    var assets = NewsCurator.Scoring.Encoder.MiniLmAssets.Locate();
    var labelled = LabeledItems.Load(p.GetValue(data)!);
    var options = new FineTuneOptions
    {
        TopLayers = p.GetValue(topLayers)!, Text = text, Folds = p.GetValue(folds), FoldsToRun = p.GetValue(ftFoldsToRun), Seed = p.GetValue(seed),
        Epochs = p.GetValue(ftEpochs), BatchSize = p.GetValue(ftBatch), EncoderLearningRate = p.GetValue(ftEncoderLr), HeadLearningRate = p.GetValue(ftHeadLr),
        HeadHidden = p.GetValue(ftHidden), ProductHeads = !p.GetValue(ftNoProduct),
        CacheDepth = p.GetValue(ftCacheDepth), StateCache = p.GetValue(stateCache),
        AdRules = EncoderCommands.AdRules(labelled, p.GetValue(embedCache)!, p.GetValue(configOption)!, Console.Out),
    };
    Console.WriteLine($"finetune-experiment: {options} top layers [{string.Join(", ", options.TopLayers)}]");
    FineTuneExperiment.Measure(labelled, assets.ReadModel(), new NewsCurator.Scoring.Encoder.WordPieceTokenizer(assets.ReadVocabulary()), options, Console.Out,
        EmbeddingTable.TryLoad(p.GetValue(embedCache)!, EmbeddingTable.KeyFor(text)));
    return 0;
});

var validateListings = new Command("validate-ad-listings", "How the config's ads.listings sort the labelled items: non-ads' cosine percentiles per kind, and at each min_similarity the non-ads called ads and the ads caught");
foreach (var o in new Option[] { data, embedCache, configOption }) validateListings.Options.Add(o);
validateListings.SetAction(p => EncoderCommands.ValidateAdListings(p.GetValue(data)!, p.GetValue(embedCache)!, p.GetValue(configOption)!, Console.Out));

var validateTopics = new Command("validate-topics", "How the taxonomy topics the encoder picks agree with the labelled items' coarse topic (ai, tech, science), per way of ranking them");
foreach (var o in new Option[] { data, embedCache, seed }) validateTopics.Options.Add(o);
validateTopics.SetAction(p => EncoderCommands.ValidateTopics(p.GetValue(data)!, p.GetValue(embedCache)!, p.GetValue(seed), Console.Out));

var validateProfile = new Command("validate-profile", "How the config's profile sorts the labelled items: best-interest cosine by relevance label, and what a profile.min_similarity floor loses and keeps out, chosen on one half of the feeds and reported on the other");
foreach (var o in new Option[] { data, embedCache, configOption, seed }) validateProfile.Options.Add(o);
validateProfile.SetAction(p => EncoderCommands.ValidateProfile(p.GetValue(data)!, p.GetValue(embedCache)!, p.GetValue(configOption)!, p.GetValue(seed), Console.Out));

var validateChunks = new Command("validate-chunks", "A long article's second chunk pooled with its first for the topics and the profile: validate-topics' shipped way and validate-profile per pooling, and the encoder time it adds");
var chunkCache = new Option<string>("--chunk-cache") { Description = "Path prefix of the second chunks' embedding caches", DefaultValueFactory = _ => "batch-gpu/model/.cache/labelled-next" };
foreach (var o in new Option[] { data, embedCache, chunkCache, configOption, seed }) validateChunks.Options.Add(o);
validateChunks.SetAction(p => EncoderCommands.ValidateChunks(p.GetValue(data)!, p.GetValue(embedCache)!, p.GetValue(chunkCache)!, p.GetValue(configOption)!, p.GetValue(seed), Console.Out));

var root = new RootCommand("NewsCurator scorer") { train, score, bench, experiment, embed, validate, trainHeads, benchEncoder, benchShapes, fineTune, validateListings, validateTopics, validateProfile, validateChunks, evaluateHeldOut };
return await root.Parse(args).InvokeAsync();
