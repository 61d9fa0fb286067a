namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The topics an article can be tagged with: stable names an editor and a frontend filter on, each
/// described by phrases the encoder compares articles with. Broad enough that every story of a
/// tech newsletter has three fitting topics; specific enough that the top ones say what it is about.
/// </summary>
public static class TopicTaxonomy
{
    public static readonly IReadOnlyList<(string Name, IReadOnlyList<string> Phrases)> Topics =
    [
        ("AI & Machine Learning", ["artificial intelligence and machine learning", "large language models and chatbots", "training neural networks", "AI agents and generative AI"]),
        ("AI Research", ["machine learning research paper", "new model architecture and benchmark results", "deep learning research findings"]),
        ("Programming Languages", ["programming language features and syntax", "compilers and type systems", "a new release of a programming language"]),
        ("Software Engineering", ["software engineering practices", "writing, testing and reviewing code", "software architecture and design"]),
        ("Developer Tools", ["developer tools, IDEs and editors", "build systems and package managers", "version control with git"]),
        ("Cloud & Infrastructure", ["cloud computing infrastructure", "kubernetes, containers and serverless", "data centers and servers", "devops and site reliability"]),
        ("Security & Privacy", ["computer security vulnerability and exploit", "cyberattack, malware and hacking", "privacy, encryption and data protection"]),
        ("Data & Databases", ["databases and SQL", "data engineering and analytics pipelines", "data science and statistics"]),
        ("Open Source", ["open source software project and community", "open source license and maintainers"]),
        ("Web Development", ["web development, browsers and JavaScript", "frontend frameworks, HTML and CSS", "web APIs and HTTP"]),
        ("Mobile & Apps", ["mobile apps for iPhone and Android", "app store and mobile operating systems"]),
        ("Hardware & Chips", ["computer hardware and processors", "GPUs, chips and semiconductors", "consumer electronics and gadgets"]),
        ("Operating Systems", ["operating systems: Linux, Windows and macOS", "the Linux kernel and system software"]),
        ("Tech Industry", ["technology companies and business", "startups, funding and acquisitions", "layoffs and hiring in the tech industry"]),
        ("Policy & Regulation", ["technology regulation and law", "government policy, antitrust and courts", "copyright and intellectual property"]),
        ("Science", ["scientific research and discovery", "physics, biology and medicine research", "space exploration and astronomy"]),
        ("Robotics & Automation", ["robots and robotics", "self-driving cars and automation"]),
        ("Careers & Culture", ["careers and work life of software developers", "engineering management and team culture"]),
        ("Products & Releases", ["a product launch or new version release", "new features announced in an update"]),
        ("Tutorials & How-To", ["a step-by-step tutorial or guide", "how to build something, with code examples"]),
    ];
}
