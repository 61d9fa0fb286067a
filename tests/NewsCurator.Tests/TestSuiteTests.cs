using System.Reflection;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests;

/// <summary>The suite's own rules: every test class says its category, so a filter never silently drops tests.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TestSuiteTests
{
    private static readonly Type[] TestAttributes = [typeof(FactAttribute), typeof(TheoryAttribute), typeof(SkippableFactAttribute), typeof(SkippableTheoryAttribute)];

    [Fact]
    public void EveryTestClass_ShouldHaveExactlyOneCategory_AndMethodsMayOnlyAddGpu()
    {
        var classes = typeof(TestSuiteTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => TestAttributes.Any(a => m.IsDefined(a, inherit: false))))
            .ToList();
        Assert.True(classes.Count > 50, $"{classes.Count} test classes");
        foreach (var type in classes)
        {
            var categories = type.GetCustomAttributesData().Where(IsCategory).Select(Value).ToList();
            Assert.True(categories.Count == 1 && Category.All.Contains(categories[0]), $"{type.Name}: categories [{string.Join(", ", categories)}]; give the class one of {string.Join(", ", Category.All)}");
            foreach (var method in type.GetMethods())
                Assert.All(method.GetCustomAttributesData().Where(IsCategory).Select(Value), c => Assert.Equal(Category.Gpu, c));
        }
    }

    [Fact]
    public void EveryGpuTest_ShouldBeSkippable_SoItSkipsWithItsReasonWhereThereIsNoCuda()
    {
        var gpu = typeof(TestSuiteTests).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributesData().Where(IsCategory).Select(Value).Contains(Category.Gpu)).ToList();
        Assert.NotEmpty(gpu);
        Assert.All(gpu, m => Assert.True(m.IsDefined(typeof(SkippableFactAttribute)) || m.IsDefined(typeof(SkippableTheoryAttribute)), m.Name));
    }

    private static bool IsCategory(CustomAttributeData a)
        => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == Category.Name;

    private static string Value(CustomAttributeData a) => (string)a.ConstructorArguments[1].Value!;
}
