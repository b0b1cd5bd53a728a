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
    public void Only_the_number_reader_is_public_in_Numbers_its_lexicon_stays_internal()
    {
        // Issue 14 opened the reader as a building block (NumberReader.For("es").Read(text)); its data stays internal.
        var assembly = typeof(NumberMention).Assembly;
        assembly.GetTypes().Where(t => t.Namespace == "Alignment.Numbers" && t.IsPublic).Should().Equal(typeof(Alignment.Numbers.NumberReader));
    }
}
