namespace NewsNlp;

/// <summary>One article to analyse in a batch: its text and, optionally, its publication date and your id.</summary>
/// <param name="Text">The article's text.</param>
/// <param name="Published">The publication date, or null when unknown.</param>
/// <param name="Id">Your identifier, carried to <see cref="NewsResult.Id"/>; NewsNlp does not read it.</param>
public sealed record NewsInput(string Text, DateOnly? Published = null, string? Id = null);

/// <summary>The analysis of one <see cref="NewsInput"/> in a batch.</summary>
/// <param name="Id">The input's <see cref="NewsInput.Id"/>.</param>
/// <param name="Document">The analysis.</param>
public sealed record NewsResult(string? Id, NewsDocument Document);
