namespace Alignment;

/// <summary>
/// Every budget that bounds what hostile input may make the library or the tool do, in one place, each with the
/// reason for its value. Byte budgets of loading stay beside their readers (<c>ReportLoader.MaxFileBytes</c>, which
/// also bounds decompression and extracted text); what is here bounds work that bytes alone do not: queries,
/// glyphs, decodes of shared streams, elements, parallel workers.
/// </summary>
internal static class InputLimits
{
    // ---- Concordance queries (checked on the query's text before Lucene parses it) ----

    /// <summary>
    /// Characters in a query. A person's query is a few words; Lucene's parsers recurse per character of a regular
    /// expression and per parenthesis, so 100,000 characters overflow the stack before any other check runs.
    /// </summary>
    public const int MaxQueryChars = 1_000;

    /// <summary>Terms (words, phrases' words, wildcards, regular expressions) in a query: each is a clause per language field, and Lucene's clause limit is 1,024.</summary>
    public const int MaxQueryTerms = 64;

    /// <summary>How deep parentheses nest, in the query and inside one regular expression; the parsers recurse once per level.</summary>
    public const int MaxQueryNesting = 16;

    /// <summary>
    /// Wildcard, regular-expression, fuzzy and range terms in one query: each enumerates the index's term dictionary
    /// and adds up to Lucene's 1,024 clauses when rewritten, so a handful is all a search needs.
    /// </summary>
    public const int MaxQueryPatterns = 8;

    /// <summary>Characters in one wildcard, fuzzy or regular-expression term: a word is under 40.</summary>
    public const int MaxPatternChars = 100;

    /// <summary>
    /// The largest count a regular expression may repeat by (<c>{n}</c>, <c>{n,m}</c>): words are shorter. Lucene
    /// expands a repetition into that many copies, recursively (<c>/[a-z]{1,50000}/</c> overflowed the stack).
    /// </summary>
    public const int MaxRegexRepeat = 40;

    /// <summary>
    /// Character positions a regular expression or wildcard spells out once its repetitions are expanded
    /// (<c>/(ab){3}/</c> is 6): the size of the automaton Lucene builds before it determinizes it.
    /// </summary>
    public const int MaxPatternPositions = 120;

    /// <summary>
    /// Character positions after the first part that can match a varying length (<c>*</c>, <c>+</c>, <c>?</c>,
    /// <c>{n,m}</c>, <c>|</c>). Determinizing can double the automaton per such position: <c>/.*a.{25}/</c> asks for
    /// 2^26 states (5.4 GB, then out of memory) and Lucene.Net 4.8 has no state limit. 12 positions are at most a few
    /// thousand states, and still allow <c>/[a-z]{3,20}ción/</c> or <c>víct*</c>.
    /// </summary>
    public const int MaxPositionsAfterVariable = 12;

    /// <summary>
    /// Wide positions (<c>.</c>, classes, alternatives) a regular expression with any part of varying length may have in
    /// all, wherever they stand: the structure fuzz found <c>/.{36}[^0-9](.+t)?b/</c>, wide positions before the varying
    /// part, running past a minute.
    /// </summary>
    public const int MaxWidePositionsWithVariable = 24;

    /// <summary>Characters of a refused query (or any user text) quoted back in a message: enough to recognise it, never a whole 100 KB query.</summary>
    public const int MaxQuoted = 40;

    // ---- Batch ----

    /// <summary>
    /// Batch workers per processor. Workers are threads that each align one pair (tens of MB at once), so more than a
    /// few per core only add memory and contention: two workers on two cores reach 1.85x one worker's rate, and
    /// <c>--parallel 20000</c> aborted natively after 11 s creating threads. Four per core leave room for workers
    /// waiting on slow disks.
    /// </summary>
    public const int MaxWorkersPerProcessor = 4;

    /// <summary>The most batch workers on this machine: <see cref="MaxWorkersPerProcessor"/> per processor.</summary>
    public static int MaxParallelism => Environment.ProcessorCount * MaxWorkersPerProcessor;

    // ---- Sentences ----

    /// <summary>
    /// Characters in one sentence: a longer run with no sentence end (a table or a page flattened into one line, or hostile
    /// input) is cut at its last space before this many characters. The longest sentence of the seeds and the genre set is
    /// 1,802 characters, in a copy of an OAS resolution that lost its line breaks. Aligning compares every sentence with its
    /// neighbours word by word, so one 950 KB run-on line against 12,000 sentences took 16 s, and 32 MB against 32 MB would
    /// take hours; numbers are paired within a bead (<see cref="MaxNumberPairsPerBead"/>).
    /// </summary>
    public const int MaxSentenceChars = 10_000;

    // ---- Numbers ----

    /// <summary>
    /// Source numbers times target numbers one bead may hold for its numbers to be paired one by one: the pairing weighs
    /// every source number against every target number in several passes, about 0.4 µs a pair in all. A dense table row of
    /// a real report holds a few dozen on each side, a whole table read as one sentence a few hundred (250 × 250 is 62,500).
    /// A 150 KB line of 20,000 list marks against 40,000 Spanish amounts, with no sentence end on either side, ran past two
    /// minutes. Above this, the bead's numbers are not compared and the result says so (a warning, not a finding).
    /// </summary>
    public const long MaxNumberPairsPerBead = 250_000;

    // ---- What reaches the terminal ----

    /// <summary>
    /// Lines of one kind of warning (one diagnostic code) printed for one input or pair; identical warnings are one line
    /// with a count, and past this many a last line says how many more there were. A damaged 60 MB pair printed thousands.
    /// </summary>
    public const int MaxWarningLinesPerKind = 5;

    // ---- HTML ----

    /// <summary>
    /// How deep a page may nest elements; real pages stay under a hundred, broken ones under a few hundred. HTML tree
    /// building checks the open elements at every tag, so 200,000 nested <c>div</c>s (1 MB) took AngleSharp 11 minutes.
    /// </summary>
    public const int MaxHtmlNesting = 2_000;

    /// <summary>
    /// Elements (and comments) a page may have, counted by the pre-scan and again as AngleSharp creates them (tree
    /// building may create more than the tags: it reopens formatting elements). A long report page has 10,000 to
    /// 40,000; each costs about 300 bytes in the tree, so 8.5 M empty elements took 2.7 GB. 250,000 is at most ~80 MB.
    /// </summary>
    public const int MaxHtmlElements = 250_000;

    /// <summary>
    /// Bytes AngleSharp may allocate building a page's tree, per character of the page, above <see cref="HtmlParseFloorBytes"/>:
    /// the "≤ 40× the input" memory goal. Measured: a long report page 7×, 100,000 small blocks 46× (3.3 MB in 150 MB), a
    /// page that makes tree building reopen 1,000 formatting elements in each of 300 paragraphs 10,856× (15 KB in 166 MB),
    /// which no tag count sees.
    /// </summary>
    public const long HtmlParseBytesPerChar = 40;

    /// <summary>Allocation always allowed to the tree builder, whatever the page's size: a short page costs ~1 MB, the runtime's own floor is ~60 MB.</summary>
    public const long HtmlParseFloorBytes = 64L * 1024 * 1024;

    // ---- PDF ----

    /// <summary>
    /// Glyphs one PDF page may ask to show, counted from its content streams' string bytes as they are decoded, before
    /// PdfPig makes a letter of them (~340 bytes each). A dense page has 3,000 to 10,000; 200,000 letters are ~70 MB.
    /// One text operator of 40 M characters (a 40 KB file) would have taken more than 12 GB.
    /// </summary>
    public const long MaxPdfGlyphsPerPage = 200_000;

    /// <summary>
    /// Glyphs a whole PDF may ask to show, counted as above (a shared stream counts at every page that shows it): a whole
    /// 600-page annual report has about 2.5 million characters. PdfPig takes ~5 µs a glyph on a busy 2-core machine, so
    /// this bounds the time to about 15 s (the structure fuzz found 135,000 glyphs on 1,490 pages running for minutes
    /// under a budget of 6 M). 12 M one-glyph operators in 88 KB took 4.9 GB.
    /// </summary>
    public const long MaxPdfGlyphs = 3_000_000;

    /// <summary>
    /// Bytes PdfPig may decode from a PDF's streams in all, counting a stream again each time it is decoded: one 60 MB
    /// stream shown on 2,000 pages is 120 GB of work from a 71 KB file (past 5 minutes). Four times the 64 MiB a report's
    /// streams may inflate to leaves room for fonts decoded per page; at ~1 GB/s this is under a second of inflating.
    /// </summary>
    public const long MaxPdfDecodedBytes = 256L * 1024 * 1024;
}
