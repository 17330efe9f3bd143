using Enforcement.Registry;

namespace Enforcement.Api.Cards.Pages;

/// <summary>
/// An officer the A4 sheet leaves out: their last card was withdrawn and no new one made yet. Where their own card
/// page is, on which 制新卡 makes the new card.
/// </summary>
public sealed record LeftOutCard(RegistryOfficer Officer, CardRecord Withdrawn, string NewCardPath);
