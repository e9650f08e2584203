"""Alert content: the interaction line, escaping (nothing in story text can ping or restyle), embed limits."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.alerts import (
    DESCRIPTION_LIMIT,
    FIELD_VALUE_LIMIT,
    TITLE_LIMIT,
    TOTAL_LIMIT,
    ZWSP,
    Alert,
    SourceLink,
    build_alert,
    escape_markdown,
    escape_mentions,
    interaction_line,
    mention_line,
    render_embed,
    render_text,
    safe_text,
    truncate,
)
from bot.models import ArtistRef, Classification, Interaction, StoryRow

T = datetime(2023, 9, 18, 10, 0, tzinfo=UTC)
JK = ArtistRef("jungkook", "Jungkook", "member", ("bts",))
JENNIE = ArtistRef("jennie", "Jennie", "member", ("blackpink",))
# What Discord would treat as a ping in message text or an embed.
PING = re.compile(r"@everyone|@here|<@[!&]?\d+>|<#\d+>")


def story(*, id_: int = 1, title: str = "Jungkook and Jennie met", body: str = "They met backstage.",
          source: str = "https://news.example/feed.xml", url: str | None = "https://news.example/a",
          classification: Classification | None = None) -> StoryRow:
    return StoryRow(id=id_, source=source, entry_key=str(id_), url=url, title=title, published=T, first_seen=T,
                    body=body, content_hash="x", group_id=1, backlog=False, classification=classification)


def meet(directed: bool = False) -> Interaction:
    return Interaction(a="jungkook", b="jennie", types=("meet",), platform="in_person", headline=True,
                       evidence="They met backstage.", directed=directed)


def test_interaction_line_is_undirected_with_a_double_arrow() -> None:
    assert interaction_line(meet(), {"jungkook": "Jungkook", "jennie": "Jennie"}) == \
        "Jungkook ↔ Jennie · met · in person"


def test_a_directed_interaction_points_from_the_actor() -> None:
    follow = Interaction(a="jungkook", b="jennie", types=("follow",), platform="instagram", headline=True,
                         evidence="", directed=True)
    assert interaction_line(follow, {"jungkook": "Jungkook", "jennie": "Jennie"}) == \
        "Jungkook → Jennie · followed · Instagram"


def test_build_alert_collects_headline_artists_source_date_and_also_reported_by() -> None:
    result = Classification(artists=(JK, JENNIE), interactions=(meet(),), interaction_story=True,
                            summary="Jungkook and Jennie met backstage.")
    other = story(id_=2, source="https://other.example/rss", url="https://other.example/b")
    alert = build_alert(story(classification=result), others=[other])
    assert alert.artists == ("Jungkook", "Jennie")
    assert alert.interaction == "Jungkook ↔ Jennie · met · in person"
    assert (alert.source_name, alert.date) == ("news.example", "2023-09-18")
    assert alert.also_reported_by == (SourceLink("other.example", "https://other.example/b"),)


def test_alert_without_classification_falls_back_to_the_body() -> None:
    alert = build_alert(story(body="A plain   story body."))
    assert alert.summary == "A plain story body." and alert.interaction is None and alert.artists == ()


def test_story_file_source_is_named_by_its_url_host_or_as_a_story_file() -> None:
    assert build_alert(story(source="file:/x/seeds", url="https://www.site.example/p")).source_name == \
        "site.example"
    assert build_alert(story(source="file:/x/seeds", url=None)).source_name == "story file"


def test_everyone_here_and_role_user_channel_mentions_cannot_ping() -> None:
    text = "Hi @everyone and @here, <@123> <@!456> <@&789> see <#42> </help:1>"
    escaped = escape_mentions(text)
    assert PING.search(escaped) is None
    assert escaped.replace(ZWSP, "") == text  # only a zero-width space was added


def test_embed_from_hostile_story_text_contains_no_ping() -> None:
    hostile = "@everyone <@&123> **bold** ||spoiler||"
    result = Classification(artists=(ArtistRef("x", "@here", "person"),), summary=hostile)
    spec = render_embed(build_alert(story(title=hostile, body=hostile, classification=result)))
    everything = " ".join([spec.title, spec.description, spec.footer] + [f.name + f.value for f in spec.fields])
    assert PING.search(everything) is None


def test_markdown_in_story_text_is_escaped() -> None:
    assert escape_markdown("**bold** _it_ `code` ||sp|| [x](http://e)") == \
        r"\*\*bold\*\* \_it\_ \`code\` \|\|sp\|\| \[x\](http://e)"
    assert escape_markdown("# Heading\n> quote\n- item") == "\\# Heading\n\\> quote\n\\- item"
    assert escape_markdown("1. Jungkook tops the chart") == "1\\. Jungkook tops the chart"
    assert escape_markdown("Released in 2023. Fans cheered") == "Released in 2023. Fans cheered"


def test_truncate_cuts_at_a_word_boundary_with_an_ellipsis() -> None:
    text = "one two three four five"
    assert truncate(text, 100) == text
    cut = truncate(text, 12)
    assert cut == "one two…" and len(cut) <= 12


def test_truncate_never_leaves_a_dangling_escape() -> None:
    cut = truncate(safe_text("*" * 50), 10)
    assert len(cut) <= 10 and not re.search(r"(?<!\\)(\\\\)*\\…$", cut)


def test_embed_respects_discord_limits_for_huge_story_text() -> None:
    huge = "word " * 5000
    many = tuple(ArtistRef(f"a{i}", f"Artist number {i}", "person") for i in range(400))
    alert = Alert(story_id=1, group_id=1, title=huge, summary=huge, artists=tuple(a.name for a in many),
                  artist_ids=tuple(a.id for a in many), interaction=huge, source_name=huge,
                  url="https://news.example/a", date="2023-09-18",
                  also_reported_by=tuple(SourceLink(f"site{i}.example", f"https://site{i}.example/x")
                                         for i in range(300)))
    spec = render_embed(alert)
    assert len(spec.title) <= TITLE_LIMIT
    assert len(spec.description) <= DESCRIPTION_LIMIT
    assert all(len(f.value) <= FIELD_VALUE_LIMIT for f in spec.fields)
    assert spec.total_chars() <= TOTAL_LIMIT
    also = next(f.value for f in spec.fields if f.name == "Also reported by")
    assert also.endswith("more") and also.count("[") == also.count("](")  # whole links only


def test_link_with_parentheses_cannot_break_out_of_the_markdown_link() -> None:
    alert = build_alert(story(url="https://news.example/a_(b)"))
    source = next(f.value for f in render_embed(alert).fields if f.name == "Source")
    assert source == "[news.example](https://news.example/a_%28b%29)"


def test_non_http_links_are_dropped() -> None:
    assert render_embed(build_alert(story(url="javascript:alert(1)"))).url is None


def test_render_text_shows_title_date_source_artists_interaction_and_summary() -> None:
    result = Classification(artists=(JK, JENNIE), interactions=(meet(),), summary="They met.")
    text = render_text(build_alert(story(classification=result)))
    assert text.splitlines()[0] == "Jungkook and Jennie met"
    for part in ("2023-09-18 · news.example", "Artists: Jungkook, Jennie", "Jungkook ↔ Jennie · met · in person",
                 "They met.", "https://news.example/a"):
        assert part in text


def test_mention_line_names_only_the_given_roles_and_users() -> None:
    assert mention_line([5], [7, 8]) == "<@&5> <@7> <@8>"
