using System.Text.RegularExpressions;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// Words an article must use before it may carry an AI topic. By embedding alone, old and niche tech posts
/// sit close to the AI topics (a MySQL fsync post, an Objective-C benchmarking guide, a rules-engine essay
/// were tagged "AI Research" or "Robotics & Automation" in a review on feeds the model never saw), and in an
/// AI newsletter a wrong AI tag misleads readers and every frontend that filters on it. An article about AI
/// names it: "AI", "machine learning", "neural", "LLM", "GPT", "inference", "training data", ... A topic of
/// the AI field (<see cref="TopicTaxonomy.Fields"/>) without one of its words in the title or text is not
/// offered (Robotics & Automation needs robots, self-driving, drones, ...: an LLM is no robot, test automation neither); every other topic is. Measured with `validate-topics` (EXPERIMENTS.md).
/// </summary>
public static class TopicEvidence
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex AiWords = new(
        // Narrow where a word has a second life in tech prose: type inference, embedded video, ETL transformers,
        // the Gemini protocol, the Copilot of 2008 (an article about those models says "AI" or "model" too).
        @"\b(ai|a\.i\.|agi|genai|artificial intelligence|machine[- ]learning|deep[- ]learning|reinforcement learning|learning (?:algorithm|theory|rate|model)s?|"
        + @"neural|llms?|large language models?|language models?|foundation models?|gpt(?:-?\d\w*)?|chatgpt|openai|anthropic|"
        + @"transformer (?:models?|architectures?)|vector embeddings?|word embeddings?|embedding models?|(?:model|ai|llm) inference|inference (?:servers?|engines?|costs?|chips?)|"
        + @"fine[- ]tun(?:e|ed|ing)|training (?:data|set|run)s?|model training|trained (?:a |the )?models?|"
        + @"computer vision|nlp|natural language processing|speech recognition|text-to-speech|speech-to-text|cognitive services|chatbots?|bots?|diffusion models?|generative (?:ai|models?)|classifiers?|"
        + @"tensorflow|pytorch|keras|scikit-learn|hugging ?face|supervised|unsupervised|kaggle|"
        + @"ml|mlops|llama ?\d[\w.]*|llama models?|stable diffusion|rag|retrieval[- ]augmented|prompts?|prompt engineering|embeddings|claude|gemini (?:pro|ultra|flash|models?|\d[\w.]*))\b",
        Options);

    private static readonly Regex RoboticsWords = new(
        // Not "automation": test automation and build automation are no robots.
        @"\b(robots?|robotics?|robotic|autonomous|self[- ]driving|drones?|humanoids?|manipulators?|actuators?|industrial automation)\b", Options);

    /// <summary>How much of the text is read: an article about AI says so early.</summary>
    private const int MaxText = 20_000;

    /// <summary>Whether <paramref name="topic"/> may describe an article with this title and text.</summary>
    public static Func<string, bool> For(string title, string text)
    {
        var haystack = $"{(title.Length > 300 ? title[..300] : title)}\n{(text.Length > MaxText ? text[..MaxText] : text)}";
        var ai = new Lazy<bool>(() => AiWords.IsMatch(haystack));
        var robotics = new Lazy<bool>(() => RoboticsWords.IsMatch(haystack));
        return topic => topic switch
        {
            "Robotics & Automation" => robotics.Value,
            _ when TopicTaxonomy.Fields.GetValueOrDefault(topic) == TopicTaxonomy.AiField => ai.Value,
            _ => true,
        };
    }
}
