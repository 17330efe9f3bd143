namespace Enforcement.Api.Staff;

/// <summary>A console form's free text that was not accepted (the session had ended), shown back under its label.</summary>
public sealed record UnsentField(string Label, string Text);
