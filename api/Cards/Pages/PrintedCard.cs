using Enforcement.Registry;

namespace Enforcement.Api.Cards.Pages;

/// <summary>One card to print: the officer, the card's serial, and the link its QR code carries.</summary>
public sealed record PrintedCard(RegistryOfficer Officer, long Serial, string VerifyUrl);
