namespace Enforcement.Search;

/// <summary>Field names in the index (see Search/README.md for what each holds).</summary>
internal static class SearchFields
{
    /// <summary>Analyzed catch-all: 文书号, title and party (twice each, to weigh more), credit code, body name, category, violation, basis, penalty kinds, text.</summary>
    public const string All = "all";
    /// <summary>Stored, for the hit.</summary>
    public const string Title = "title";
    public const string Party = "party";
    /// <summary>Stored 文书号 as written; NumberKey is its normalized exact-match form.</summary>
    public const string Number = "number";
    public const string NumberKey = "number_key";
    /// <summary>DecisionNumberKey.IndexKeys of the 文书号 (prefix|year|serial, shorter prefixes, |year|serial): tolerant 文书号 matches.</summary>
    public const string NumberLoose = "number_loose";
    /// <summary>Keyword fields for filters; stored.</summary>
    public const string Body = "body";
    public const string BodyName = "body_name";
    public const string Category = "category";
    public const string Penalty = "penalty";
    /// <summary>Int32 (and stored), for filters.</summary>
    public const string Year = "year";
    /// <summary>Dates as yyyymmdd Int32, indexed for ranges and stored.</summary>
    public const string Decided = "decided";
    public const string Published = "published";
    /// <summary>The first day the decision is no longer public; a query shows it only while today is earlier.</summary>
    public const string PublicUntil = "public_until";
    /// <summary>Numeric doc values of Published, for sorting by date.</summary>
    public const string PublishedSort = "published_sort";
    /// <summary>Total amount in fen (Int64, indexed) and as written in yuan (stored).</summary>
    public const string AmountFen = "amount_fen";
    public const string Amount = "amount";
    /// <summary>Each penalty's own amount in fen (Int64, multi-valued): 罚款5万 finds a fine of 50,000 beside other penalties.</summary>
    public const string PenaltyFen = "penalty_fen";

    /// <summary>The fine's own amount (the penalty of kind 罚款) in fen: 罚款1000元以下 asks about it, not a confiscation's.</summary>
    public const string FineFen = "fine_fen";
    /// <summary>Each penalty, stored as its kind, a tab and its amount in yuan (nothing after the tab for 警告): the hit's 处罚 line.</summary>
    public const string PenaltyItem = "penalty_item";
    /// <summary>Numeric doc values of AmountFen, for sorting by amount.</summary>
    public const string AmountSort = "amount_sort";
    public const string Url = "url";
    /// <summary>Sorted doc values of Url: the last tie-break of every sort, so results do not depend on document order.</summary>
    public const string UrlSort = "url_sort";
    /// <summary>Stored plain text, for snippets (indexed through All).</summary>
    public const string Text = "text";
    /// <summary>The kinds the party's registered name says (<see cref="PartyKinds"/>: 商店, 工厂); keyword, one value each.</summary>
    public const string PartyKind = "party_kind";
    /// <summary>What the document is: <see cref="SearchKinds.Decision"/> or <see cref="SearchKinds.Inspection"/>; keyword, stored.</summary>
    public const string Kind = "kind";
}
