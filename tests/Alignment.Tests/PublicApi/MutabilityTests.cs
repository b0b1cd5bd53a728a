using System.Collections;
using System.Collections.ObjectModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using Alignment.Comparing;
using Alignment.Numbers;

namespace Alignment.Tests.PublicApi;

/// <summary>
/// The public surface is immutable by design, as NodaTime's <c>MutabilityTest</c> checks its assembly: one reflective
/// pass over every exported type (no settable property, no writable field, no mutable collection type), and one walk
/// over real results (no list behind <see cref="IReadOnlyList{T}"/> that a caller could cast back and change).
/// </summary>
public class MutabilityTests
{
    // Mutable by design, and why: new types join this list only with a reason.
    private static readonly Dictionary<Type, string> MutableByDesign = new()
    {
        [typeof(ConcordanceIndex)] = "an on-disk index that pairs are added to; IDisposable",
        [typeof(ReportFormatException)] = "an exception (System.Exception's own settable members)",
    };

    private static readonly Type[] MutableCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(Queue<>), typeof(Stack<>),
        typeof(ICollection<>), typeof(IList<>), typeof(IDictionary<,>), typeof(ISet<>), typeof(Collection<>),
    ];

    [Fact]
    public void No_public_type_has_a_settable_property_a_writable_field_or_a_mutable_collection()
    {
        var violations = new List<string>();
        foreach (var type in typeof(BitextAligner).Assembly.GetExportedTypes().OrderBy(t => t.FullName))
        {
            if (type.IsEnum || type.IsInterface || typeof(Delegate).IsAssignableFrom(type) || MutableByDesign.ContainsKey(type))
            {
                continue;
            }

            const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var property in type.GetProperties(declared))
            {
                if (property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                {
                    violations.Add($"{type.Name}.{property.Name} has a public setter");
                }

                if (IsMutableCollection(property.PropertyType))
                {
                    violations.Add($"{type.Name}.{property.Name} is a {property.PropertyType.Name}");
                }
            }

            foreach (var field in type.GetFields(declared))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    violations.Add($"{type.Name}.{field.Name} is a writable field");
                }
                else if (IsMutableCollection(field.FieldType))
                {
                    violations.Add($"{type.Name}.{field.Name} is a {field.FieldType.Name}");
                }
            }

            foreach (var method in type.GetMethods(declared).Where(m => !m.IsSpecialName && m.DeclaringType == type))
            {
                if (IsMutableCollection(method.ReturnType))
                {
                    violations.Add($"{type.Name}.{method.Name}() returns a {method.ReturnType.Name}");
                }
            }
        }

        violations.Should().BeEmpty("public types are immutable (init-only properties, read-only collections)");
    }

    [Fact]
    public void The_design_check_catches_a_settable_property_and_a_list()
    {
        IsInitOnly(typeof(Probe).GetProperty(nameof(Probe.Settable))!.SetMethod!).Should().BeFalse();
        IsInitOnly(typeof(Probe).GetProperty(nameof(Probe.InitOnly))!.SetMethod!).Should().BeTrue();
        IsMutableCollection(typeof(List<int>)).Should().BeTrue();
        IsMutableCollection(typeof(int[])).Should().BeTrue();
        IsMutableCollection(typeof(IReadOnlyList<int>)).Should().BeFalse();
        Violations(new Probe { Items = new List<int> { 1 } }).Should().ContainSingle().Which.Should().Contain("Items");
    }

    [Fact]
    public void Results_hold_no_list_a_caller_could_change()
    {
        string index = Directory.CreateTempSubdirectory("mutability-index").FullName;
        try
        {
            var result = new BitextAligner().Align(TestFiles.English2021, TestFiles.Spanish2021);
            using var concordance = new ConcordanceIndex(index);
            concordance.Add(result);
            var results = new object[]
            {
                result,
                concordance.Search(new ConcordanceQuery("víctimas")),
                new VersionDiffer().Compare(TestFiles.Spanish2019, TestFiles.Spanish2021),
                ReportDocument.Load(TestFiles.Spanish2021),
                ReportDocument.FromText(""),
                new SegmentAligner().Align([new Segment("It rose 5 %.")], [new Segment("Subió 6 %.")], Language.English, Language.Spanish),
                new SegmentNumberComparer(Language.English, Language.Spanish).Compare("It rose 5 %.", "Subió 6 %."),
                NumberReader.For(Language.Spanish).Read("Hubo 1.054 víctimas en 2021."),
                TextAnalysis.SplitSentences("Una frase. Otra frase.", Language.Spanish),
                BilingualDictionary.FromPairs([("Gipfel", "sommet")]),
            };

            results.SelectMany(Violations).Should().BeEmpty();
            ((IReadOnlyList<Bead>)result.Beads).Should().BeAssignableTo<IList<Bead>>().Which.IsReadOnly.Should().BeTrue();
        }
        finally
        {
            Directory.Delete(index, recursive: true);
        }
    }

    [Fact]
    public void A_result_made_from_a_list_does_not_change_when_the_list_does()
    {
        var sentences = new List<SentenceSpan> { new(0, 0, 0, 3, "Uno", "Uno", false) };
        var bead = new Bead(0, SectionKind.Other, sentences, [], 1.0);

        sentences.Add(new SentenceSpan(1, 0, 4, 7, "Dos", "Dos", false));

        bead.Source.Should().ContainSingle();
        (bead with { Target = sentences }).Target.Should().HaveCount(2).And.NotBeSameAs(sentences);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || type == typeof(ArrayList) || type == typeof(IList)
        || (type.IsGenericType && MutableCollections.Contains(type.GetGenericTypeDefinition()));

    // Every list reachable from a result through public properties of the library's types, checked at run time.
    private static List<string> Violations(object root)
    {
        var violations = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, root.GetType().Name);
        return violations;

        void Walk(object? value, string path)
        {
            if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !(value.GetType().IsValueType || seen.Add(value)))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                // An empty array has nothing to change; any other array, or a list that says it can change, can be changed.
                if (value is Array { Length: > 0 } || (value is IList { IsReadOnly: false } and not Array)
                    || (value.GetType().IsGenericType && MutableCollections.Contains(value.GetType().GetGenericTypeDefinition())))
                {
                    violations.Add($"{path} is a {value.GetType().Name} a caller can change");
                }

                int k = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{k++}]");
                }

                return;
            }

            var type = value.GetType();
            if (type.Assembly != typeof(BitextAligner).Assembly && type != typeof(Probe))
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                Walk(property.GetValue(value), $"{path}.{property.Name}");
            }
        }
    }

    private sealed class Probe
    {
        public int Settable { get; set; }

        public int InitOnly { get; init; }

        public IReadOnlyList<int> Items { get; init; } = [];
    }
}
