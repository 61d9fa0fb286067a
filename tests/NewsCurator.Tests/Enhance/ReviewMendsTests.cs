using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// What a review of this session's rules found them doing to ordinary text, each now held: names after a section word,
/// bylines with an appositive, quotation attributions, posts titled like pages, quoted documentation, series episodes
/// sharing a blurb, a hostile feed title.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReviewMendsTests
{
    [Theory]
    [InlineData("Abstract Syntax Trees let linters understand code without running it.")]
    [InlineData("Context API is React's answer to prop drilling in large apps.")]
    [InlineData("Background Intelligent Transfer Service is abused by malware to fetch payloads.")]
    public void ANameOpeningWithASectionWord_ShouldKeepItsFirstWord(string sentence)
        => Assert.Equal(sentence, Summarizer.WithoutFusedHeading(sentence));

    [Theory]
    [InlineData("Written by Jane Doe, an engineer at Stripe.")]
    [InlineData("Posted by Jane Doe, a developer advocate.")]
    public void ABylineWithAnAppositive_ShouldStayBoilerplate(string sentence)
        => Assert.Equal("boilerplate", SummaryChecker.CheckSentence(sentence)?.Rule);

    [Theory]
    // Medium's footers and a post's sign-off speak of the platform or to the reader, not of the story.
    [InlineData("Eight Reasons You Shouldn’t Grow Your Own Food was originally published in Invironment on Medium, where people are continuing the conversation.")]
    [InlineData("The story will be unlocked and available to all of our readers after 30 days.")]
    [InlineData("Enjoy clearing your camera roll!")]
    public void AFooterOrSignOff_ShouldBeBoilerplate(string sentence)
        => Assert.Equal("boilerplate", SummaryChecker.CheckSentence(sentence)?.Rule);

    [Fact]
    public void AQuotationsAttribution_ShouldStayWithTheQuotation()
        => Assert.Single(SentenceSplitter.Split("“Stay hungry, stay foolish.” — Steve Jobs"));

    [Theory]
    [InlineData("Privacy", "https://seths.blog/2024/05/privacy/")]
    [InlineData("Now", "https://blog.example.org/posts/2023/now/")]
    [InlineData("Archive", "https://example.org/blog/notes/series/archive/")]
    public void APostTitledLikeAPage_ShouldStayAPost(string title, string link)
        => Assert.Null(SitePages.Of(new Article { Id = "a", FeedUrl = "https://example.org/feed", Title = title, Link = link }));

    [Theory]
    // Forty-eighth held-out review, F3: a Hugo site's licence page, and the other common licences' first words.
    [InlineData("BSD license", "Copyright (c) 2012 Michael Stapelberg. All rights reserved.\nRedistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met.", true)]
    [InlineData("License", "The MIT License (MIT)\nCopyright © 2024 Jane Doe\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.", true)]
    [InlineData("LICENSE", "Licensed under the Apache License, Version 2.0 (the \"License\"); you may not use this file except in compliance with the License.", true)]
    // A post about a licence opens with its own words.
    [InlineData("Redis returns to open source", "Redis is returning to the AGPL. Redistribution and use in source and binary forms were restricted under the SSPL.", false)]
    [InlineData("Why we chose the MIT license", "We weighed three licences. Permission is hereby granted, free of charge, reads the MIT text.", false)]
    public void ALicencePage_ShouldBeASitePage(string title, string text, bool page)
        => Assert.Equal(page, SitePages.Of(new Article { Id = "a", FeedUrl = "https://example.org/feed", Title = title, Text = text, Link = "https://example.org/bsd/" }) is not null);

    [Fact]
    public void ATutorialQuotingAThemesDocumentation_ShouldStayAPost()
    {
        var text = "I wanted equations on my blog, so I read the theme's docs. They say: \"Mathematical notation in a Hugo project can be enabled by using third party JavaScript libraries.\" "
                   + string.Join(' ', Enumerable.Repeat("Here is how I set up KaTeX with a partial template and a front matter flag.", 5));
        Assert.Null(PlaceholderPosts.Of(new Article { Id = "a", FeedUrl = "https://example.org/feed", Title = "Adding math to my Hugo blog", Text = text }));
    }

    [Fact]
    public void TwoEpisodesSharingTheirShowBlurb_ShouldStayTwoStories()
    {
        const string blurb = "The weekly show about building software teams, hosted by two engineers who have shipped products at startups and large companies alike. " +
                             "This episode is brought to you by our listeners; support the show to keep it ad free and independent for everyone. ";
        Assert.False(Selector.SameText(blurb + "In this episode we talk about on-call rotations.", blurb + "In this episode we talk about hiring juniors."));
        Assert.True(Selector.SameText(blurb + "In this episode we talk about on-call rotations.", blurb + "In this episode we talk about on-call rotations. Show notes follow."));
    }

    [Fact(Timeout = 60_000)]
    public async Task AHostileFeedTitle_ShouldStillGiveAName()
    {
        var title = "Name http://x " + new string('-', 500_000) + " y";
        var name = await Task.Run(() => FeedName.Of(null, title, "https://example.org/feed.xml"));
        Assert.StartsWith("Name", name, StringComparison.Ordinal);
    }
}
