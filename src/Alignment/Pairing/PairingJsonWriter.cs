using System.Text.Json;
using Alignment.Export;

namespace Alignment.Pairing;

/// <summary>
/// Writes pairing outcomes as JSON lines. A pair's line is a row <c>bitext batch</c> takes as its manifest
/// (<c>source</c>, <c>target</c>, <c>name</c>) with its languages, score and evidence; related and unpaired documents
/// have <c>"kind": "related"</c> / <c>"unpaired"</c>, which the batch manifest reader skips.
/// </summary>
internal static class PairingJsonWriter
{
    /// <summary>One outcome as one JSON line (no line break).</summary>
    public static string Line(PairingOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOutput.Options.Encoder }))
        {
            json.WriteStartObject();
            switch (outcome)
            {
                case DocumentPair pair:
                    json.WriteString("kind", "pair");
                    json.WriteString("name", Path.GetFileNameWithoutExtension(pair.Source));
                    json.WriteString("source", pair.Source);
                    json.WriteString("target", pair.Target);
                    json.WriteString("source_lang", pair.SourceLanguage.Code);
                    json.WriteString("target_lang", pair.TargetLanguage.Code);
                    json.WriteNumber("score", Math.Round(pair.Score, 3));
                    Evidence(json, pair.Evidence);
                    break;
                case RelatedDocuments related:
                    json.WriteString("kind", "related");
                    json.WriteString("relation", Relation(related.Relation));
                    json.WriteString("first", related.First);
                    json.WriteString("second", related.Second);
                    json.WriteString("first_lang", related.FirstLanguage.Code);
                    json.WriteString("second_lang", related.SecondLanguage.Code);
                    json.WriteNumber("score", Math.Round(related.Score, 3));
                    Evidence(json, related.Evidence);
                    break;
                case UnpairedDocument unpaired:
                    json.WriteString("kind", "unpaired");
                    json.WriteString("path", unpaired.Path);
                    if (unpaired.Language is { } language)
                    {
                        json.WriteString("lang", language.Code);
                    }
                    else
                    {
                        json.WriteNull("lang");
                    }

                    json.WriteString("reason", Reason(unpaired.Reason));
                    json.WriteString("detail", unpaired.Detail);
                    break;
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Evidence(Utf8JsonWriter json, PairingEvidence evidence)
    {
        json.WriteStartObject("evidence");
        json.WriteNumber("shared_numbers", evidence.SharedNumbers);
        json.WriteNumber("source_numbers", evidence.SourceNumbers);
        json.WriteNumber("target_numbers", evidence.TargetNumbers);
        json.WriteNumber("shared_names", evidence.SharedNames);
        json.WriteNumber("number_similarity", Math.Round(evidence.NumberSimilarity, 3));
        json.WriteNumber("name_similarity", Math.Round(evidence.NameSimilarity, 3));
        json.WriteNumber("length_ratio", Math.Round(evidence.LengthRatio, 3));
        json.WriteNumber("phrasing_similarity", Math.Round(evidence.PhrasingSimilarity, 3));
        if (evidence.AlignedShare is { } aligned)
        {
            json.WriteNumber("aligned_share", Math.Round(aligned, 3));
        }

        json.WriteEndObject();
    }

    private static string Relation(DocumentRelation relation) => relation switch
    {
        DocumentRelation.Duplicate => "duplicate",
        DocumentRelation.NearDuplicate => "near-duplicate",
        DocumentRelation.OtherEdition => "other-edition",
        _ => "other-edition-translated",
    };

    private static string Reason(UnpairedReason reason) => reason switch
    {
        UnpairedReason.Unreadable => "unreadable",
        UnpairedReason.OtherLanguage => "other-language",
        UnpairedReason.NoCandidate => "no-candidate",
        UnpairedReason.CandidateTaken => "candidate-taken",
        _ => "copy-of-paired",
    };
}
