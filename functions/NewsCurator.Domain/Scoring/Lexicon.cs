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

    public static readonly IReadOnlyList<string> AdCues =
    [
        "sponsor", "sponsored", "sponsoring", "advertisement", "advertorial", "promo code", "coupon", "discount",
        "% off", "sale ends", "early bird", "buy now", "limited time", "special offer", "deal", "deals", "save $",
        "affiliate", "free trial", "sign up today", "order now", "best price", "shop now", "giveaway",
    ];

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
