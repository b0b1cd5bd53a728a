using System.Reflection;
using System.Runtime.CompilerServices;

namespace Alignment.Tests.Numbers;

/// <summary>Design rules of the number stage's public types.</summary>
public class NumberTypesDesignTests
{
    [Theory]
    [InlineData(typeof(NumberMention))]
    [InlineData(typeof(Finding))]
    public void Public_result_types_are_immutable(Type type)
    {
        type.IsSealed.Should().BeTrue();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            bool initOnly = setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            initOnly.Should().BeTrue($"{type.Name}.{property.Name} must not have a public setter");
        }

        type.GetFields(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
    }

    [Fact]
    public void Number_reader_comparer_and_lexicon_stay_internal()
    {
        var assembly = typeof(NumberMention).Assembly;
        assembly.GetTypes().Where(t => t.Namespace == "Alignment.Numbers" && t.IsPublic).Should().BeEmpty();
    }
}
