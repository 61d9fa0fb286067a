using System.Text;
using NewsCurator.Configuration;

namespace NewsCurator.Runs;

/// <summary>
/// delivery.recipients_file: one address a line, '#' comments and blank lines skipped. Read with a bound and quoted by
/// line number only (hostile-input audit 28, H2): a path to /dev/zero grew the process to 8 GB and crashed it naming no
/// key, and /proc/self/environ was quoted whole in the error, which a failed run stores where the read API serves it.
/// </summary>
public static class RecipientsFile
{
    /// <summary>About 300,000 addresses: more than any list a run's Deliver sends to, far less than a device's endless stream.</summary>
    public const int MaxBytes = 8 << 20;

    /// <param name="what">The config file and key, for the messages ("pipeline.yaml: delivery.recipients_file 'x'").</param>
    public static List<string> Read(string path, string what)
    {
        if (Directory.Exists(path))
            throw new ConfigurationException($"{what} is a folder ({path}); name a text file of one address a line");
        if (!File.Exists(path))
            throw new ConfigurationException($"{what} was not found (looked at {path}); the path is relative to the config file");
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                    throw new ConfigurationException($"{what} is larger than {MaxBytes >> 20} MB ({path}); it should hold one e-mail address a line");
                buffer.Write(chunk, 0, read);
            }
            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{what} could not be read ({path}: {ex.GetType().Name}); check the path and its permissions");
        }

        var addresses = new List<string>();
        // A byte-order mark (Notepad, PowerShell's Out-File) is no part of the first line.
        var text = Encoding.UTF8.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            // The line is not quoted: a path to the wrong file (an environment, a key file) must not print its content.
            if (!DeliveryConfig.IsAddress(line))
                throw new ConfigurationException($"{what}: line {i + 1} is not an e-mail address ({path}); the file holds one address a line, '#' starts a comment");
            addresses.Add(line);
        }
        return addresses;
    }
}
