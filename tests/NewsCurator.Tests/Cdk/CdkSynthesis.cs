namespace NewsCurator.Tests.Cdk;

/// <summary>
/// The test classes that synthesise the stack in-process run one after another: they share the one
/// jsii kernel (a node child process), and concurrent synths garbled its replies (a JsonReaderException
/// from a type initializer, once, on a busy machine).
/// </summary>
[CollectionDefinition(nameof(CdkSynthesis))]
public sealed class CdkSynthesis;
