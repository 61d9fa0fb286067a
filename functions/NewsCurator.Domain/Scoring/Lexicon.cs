using System.Text.RegularExpressions;

namespace NewsCurator.Scoring;

/// <summary>
/// Weighted vocabulary of the rules scorer. Weights: 3 core AI/software-engineering terms,
/// 2 relevant tech, 1 tangential (gadgets, tech business). Multi-word terms match as phrases.
/// </summary>
internal static class Lexicon
{
    public static readonly IReadOnlyDictionary<string, double> Relevance = Build(new()
    {
        [3] = "ai,artificial intelligence,machine learning,deep learning,neural network,neural networks,llm,llms,large language model,language model,gpt,chatgpt,transformer,transformers,pytorch,tensorflow,inference,fine-tuning,embeddings,reinforcement learning,computer vision,nlp,diffusion model,openai,anthropic,hugging face,compiler,compilers,programming,programmer,programmers,software engineering,source code,open source,open-source,kubernetes,docker,golang,rust,python,javascript,typescript,c++,c#,java,haskell,swift,kotlin,webassembly,wasm,api,apis,sdk,framework,refactoring,algorithm,algorithms,data structure,database,databases,postgresql,sqlite,sql,distributed systems,concurrency,vulnerability,vulnerabilities,exploit,cve,security research,cryptography,encryption,malware,linux,kernel,git,github,debugging,debugger,unit test,testing,devops,microservices,serverless,cloud,aws,azure,gcp,infrastructure,latency,benchmark,benchmarks,gpu,cuda,data science,dataset,datasets,model training,bot framework,chatbot,xcode,cocoa,ios developer,mac developer,developer,developers,code,coding,function,functions,library,libraries,package,modules,runtime,virtual machine,garbage collector,type system,generics,syntax",
        [2] = "software,app,apps,web,browser,internet,computer,computing,server,servers,network,networking,protocol,http,https,dns,tls,privacy,security,hacker,hackers,hardware,chip,chips,processor,cpu,arm,semiconductor,robot,robotics,automation,startup,platform,mobile,android,ios,macos,windows,os,operating system,data,analytics,storage,backup,email,rss,feed,blog,html,css,markdown,json,xml,unicode,terminal,command line,shell,script,scripts,editor,vim,emacs,ide,release,version,update,beta,plugin,extension,tech,technology",
        [1] = "performance,apple,iphone,ipad,mac,google,microsoft,amazon,meta,facebook,twitter,samsung,tesla,gadget,gadgets,smartphone,laptop,tablet,camera,console,gaming,video game,game,games,streaming,netflix,spotify,youtube,podcast,crypto,bitcoin,blockchain,digital,online,website,device,devices,electronics,smart",
    });

    /// <summary>
    /// The vocabulary as a scorer of its own reads it: <see cref="Relevance"/> and the words of running servers and systems it
    /// lacks. A short OpenSSH upgrade advisory ("sshd needs restarting after upgrading", the daemon stops accepting connections)
    /// scored relevance 0.0 for want of any of its words (held-out review 100, F6). Not the encoder heads' feature: they were
    /// fitted on <see cref="Relevance"/>, and a feature computed otherwise at run time is one they never saw (RulesScorer's asTrained).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> RelevanceOfItsOwn = Relevance
        .Concat(Build(new()
        {
            [2] = "ssh,sshd,openssh,openssl,daemon,daemons,systemd,systemctl,firewall,firewalls,sysadmin,sysadmins,package manager,kernel,linux,unix,bsd,freebsd,vulnerability,vulnerabilities",
        }).Where(kv => !Relevance.ContainsKey(kv.Key)))
        .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>
    /// Words of advertising, each with the forms that count as the same cue: one "sponsoring" is one cue, not the
    /// three of "sponsor", "sponsored" and "sponsoring" read as substrings (a hackathon thanked "for sponsoring" reached
    /// the ad threshold on that one word, hostile-input audit 36, H5), and "deal" is no cue inside "ideal".
    /// </summary>
    private static readonly IReadOnlyList<string> AdCues =
    [
        "sponsor", "advertisement", "advertorial", "promo code", "coupon", "discount",
        "% off", "sale ends", "early bird", "buy now", "limited time", "special offer", "deal", "save $",
        "affiliate", "free trial", "sign up today", "order now", "best price", "shop now", "giveaway",
    ];

    /// <summary>
    /// The cues as the shipped heads were trained to read them (<see cref="RulesScorer"/>'s asTrained): each
    /// string of this list found anywhere in the lower-cased text.
    /// </summary>
    public static IEnumerable<string> AdCueSubstringsIn(string lowerCased) => TrainedAdCues.Where(c => lowerCased.Contains(c, StringComparison.Ordinal));

    private static readonly string[] TrainedAdCues =
    [
        "sponsor", "sponsored", "sponsoring", "advertisement", "advertorial", "promo code", "coupon", "discount",
        "% off", "sale ends", "early bird", "buy now", "limited time", "special offer", "deal", "deals", "save $",
        "affiliate", "free trial", "sign up today", "order now", "best price", "shop now", "giveaway",
    ];

    /// <summary>The forms each ad cue also takes (<see cref="AdCues"/>).</summary>
    private static readonly IReadOnlyDictionary<string, string> AdCueForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sponsor"] = "sponsor(?:s|ed|ing|ships?)?", ["deal"] = "deals?", ["coupon"] = "coupons?", ["discount"] = "discount(?:s|ed)?",
        ["giveaway"] = "giveaways?", ["affiliate"] = "affiliates?",
    };

    /// <summary>
    /// Each ad cue as a whole word (at the edges that are letters: "20% off" and "save $50" still read), in the singular or
    /// the plural ("special offers", "promo codes": review of session 34, R4): the cues an opening uses, each counted once
    /// whatever its form and however often it occurs.
    /// </summary>
    public static IEnumerable<string> AdCuesIn(string text) => AdCuePatterns.Where(c => c.Pattern.IsMatch(text)).Select(c => c.Cue);

    private static readonly (string Cue, Regex Pattern)[] AdCuePatterns = AdCues
        .Select(c => (c, new Regex(
            (char.IsLetter(c[0]) ? @"\b" : "") + AdCueForms.GetValueOrDefault(c, Regex.Escape(c) + (char.IsLetter(c[^1]) ? "(?:e?s)?" : "")) + (char.IsLetter(c[^1]) ? @"\b" : ""),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
        .ToArray();

    public static readonly IReadOnlyList<string> ClickbaitCues =
    [
        "you won't believe", "won't believe", "shocking", "this one trick", "what happened next", "will blow your mind",
        "you need to know", "jaw-dropping", "insane", "omg", "must see", "can't stop", "goes viral", "top 10", "top ten",
    ];

    private static Dictionary<string, double> Build(Dictionary<int, string> byWeight)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (weight, terms) in byWeight)
            foreach (var term in terms.Split(','))
                map.TryAdd(term.Trim(), weight);
        return map;
    }
}
