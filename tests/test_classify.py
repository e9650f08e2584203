"""The Classifier facade ingest calls: artists, interactions, summary, from title and body only."""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from bot.models import Classification
from bot.roster import Roster


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier()


TITLE = "BTS' Jungkook follows BLACKPINK's Jennie on Instagram"
BODY = (
    "BTS' Jungkook followed BLACKPINK's Jennie on Instagram on Sunday. "
    "Fans of both groups celebrated the rare crossover online."
)


def test_classify_returns_a_classification(clf: Classifier) -> None:
    c = clf.classify(TITLE, BODY)
    assert isinstance(c, Classification)
    assert {a.id for a in c.artists} >= {"jungkook", "jennie", "bts", "blackpink"}
    assert c.interaction_story
    assert c.summary


def test_artists_are_listed_once_in_first_seen_order(clf: Classifier) -> None:
    ids = [a.id for a in clf.classify(TITLE, BODY).artists]
    assert len(ids) == len(set(ids))
    assert ids.index("bts") < ids.index("jennie")


def test_classify_is_stateless(clf: Classifier) -> None:
    first = clf.classify(TITLE, BODY)
    clf.classify("Other story", "Lisa covered a song by Rosé on TikTok.")
    assert clf.classify(TITLE, BODY) == first


def test_classify_is_its_three_stages_in_turn(clf: Classifier) -> None:
    tagged = clf.tag(TITLE, BODY)
    assert tagged.text == f"{TITLE}\n\n{BODY}"
    assert tagged.title_end == len(TITLE)
    assert {m.artist_id for m in tagged.mentions} >= {"jungkook", "jennie"}
    found = clf.interactions(tagged)
    assert found.story
    assert clf.finish(tagged, found) == clf.classify(TITLE, BODY)


def test_classifier_accepts_a_given_roster() -> None:
    roster = Roster.load()
    clf = Classifier(roster)
    assert clf.roster is roster


def test_story_with_one_artist_has_no_interactions(clf: Classifier) -> None:
    c = clf.classify("aespa announce tour", "aespa will tour Europe and the Americas this year.")
    assert c.interactions == ()
    assert not c.interaction_story


def test_later_surname_refers_to_the_person_named_in_full(clf: Classifier) -> None:
    body = "Charlie Puth announced a new single on Friday. Later that day, Puth joined BTS in a performance of it."
    c = clf.classify("Charlie Puth news", body)
    assert any({i.a, i.b} == {"charlie-puth", "bts"} for i in c.interactions)


def artist_ids(clf: Classifier, title: str, body: str) -> set[str]:
    """The ids of the artists ``clf`` names in a story."""
    return {a.id for a in clf.classify(title, body).artists}


def test_name_list_lines_of_page_debris_are_not_artists(clf: Classifier) -> None:
    body = "Lisa and Rosé met at a party in Seoul on Friday.\nKim Seon Ho, Suzy\nBTS, V\n"
    ids = artist_ids(clf, "Lisa and Rosé meet", body)
    assert {"lisa", "rose"} <= ids
    assert "bts" not in ids and "v" not in ids


def test_dated_entries_of_a_schedule_name_their_artists(clf: Classifier) -> None:
    body = (
        "Here is every comeback coming up next month.\n\n"
        "April 20 — Hwasa\n\nThe soloist returns with a new digital single.\n\n"
        "3 May: Jeon Somi\n\nThe singer starts her first tour after the release.\n"
    )
    ids = artist_ids(clf, "April comebacks", body)
    assert {"hwasa", "somi"} <= ids


def test_numbered_items_of_a_listicle_name_their_artists(clf: Classifier) -> None:
    body = (
        "Here are the returns our editors are counting down to this spring.\n\n"
        "1. Stray Kids\n\nThe eight-member group have kept their self-produced streak going, and insiders say "
        "the new album leans into rock.\n\n"
        "2. Taeyeon\n\nThe ballad queen is preparing her first mini album in over a year, with lyrics of her own.\n"
    )
    ids = artist_ids(clf, "Most anticipated comebacks", body)
    assert {"stray-kids", "taeyeon"} <= ids


def test_unbulleted_headline_links_under_a_you_may_also_like_heading_name_nobody(clf: Classifier) -> None:
    body = (
        "1. aespa\n\naespa always bring a new world with them, and teaser images suggest the next chapter could "
        "be their darkest concept yet.\n\n"
        "Which comeback are you most excited for? Let us know in the comments!\n\n"
        "Tags: aespa, NMIXX\n\n"
        "Share this: Facebook | X | WhatsApp | Email\n\n"
        "You May Also Like:\n"
        "ENHYPEN's Sunghoon Opens Up About Figure Skating Comeback Rumors\n"
        "HELLOKPOP Exclusive: Dreamcatcher's SuA Talks Solo Era\n"
    )
    ids = artist_ids(clf, "10 Most Anticipated K-Pop Comebacks of Spring 2026", body)
    assert ids == {"aespa"}


def test_empty_title_still_classifies(clf: Classifier) -> None:
    c = clf.classify("", BODY)
    assert any({i.a, i.b} == {"jungkook", "jennie"} for i in c.interactions)


def test_a_block_of_labelled_result_lines_names_every_artist(clf: Classifier) -> None:
    body = (
        "The music awards were held in Seoul on Saturday.\n\n"
        "The winners were as follows.\n\n"
        "Best Dance: ITZY, NCT DREAM\n"
        "Best Vocal: Taeyeon\n"
        "Best Band: DAY6, The Rose\n"
    )
    ids = artist_ids(clf, "Music awards winners", body)
    assert {"itzy", "nct-dream", "taeyeon", "day6"} <= ids


def test_an_unlabelled_row_of_winners_under_a_heading_in_a_results_block_names_every_artist(
    clf: Classifier,
) -> None:
    body = (
        "The year-end awards were held in Incheon on Saturday.\n\n"
        "Song of the Year: Taeyeon\n\n"
        "Main Awards\n"
        "Taeyeon, DAY6, ITZY, NCT DREAM\n\n"
        "Best Band: DAY6\n"
    )
    ids = artist_ids(clf, "Year-end awards winners", body)
    assert {"itzy", "nct-dream"} <= ids


def test_a_row_of_names_beside_a_numbered_shop_widget_stays_page_noise(clf: Classifier) -> None:
    body = "Jungkook released a new solo single on Friday.\n\nShop the story\nITZY, NCT DREAM\n  1. Jungkook\n"
    ids = artist_ids(clf, "Jungkook releases single", body)
    assert "itzy" not in ids and "nct-dream" not in ids


def test_a_more_interviews_line_is_a_link_to_another_story(clf: Classifier) -> None:
    body = "Jungkook released a new solo single on Friday.\n\nMore interviews: ITZY on their first tour\n"
    assert "itzy" not in artist_ids(clf, "Jungkook releases single", body)


def test_a_tags_line_next_to_a_label_line_stays_page_noise(clf: Classifier) -> None:
    body = "Jungkook released a new solo single on Friday.\n\nTags: ITZY, NCT DREAM\nSource: Sports Seoul\n"
    ids = artist_ids(clf, "Jungkook releases single", body)
    assert "itzy" not in ids and "nct-dream" not in ids


def test_a_ranked_list_in_the_body_names_every_artist(clf: Classifier) -> None:
    body = "Jungkook topped the weekly album chart.\n\nTop three this week:\n1. Jungkook\n2. ITZY\n3. NCT DREAM\n"
    ids = artist_ids(clf, "Jungkook tops album chart", body)
    assert {"jungkook", "itzy", "nct-dream"} <= ids


def test_a_list_announced_by_check_out_below_names_every_artist(clf: Classifier) -> None:
    body = ("BTS's Jimin held onto the No. 1 spot this month.\n\n"
            "Check out the top 5 for this month below!\n\n"
            "BTS's Jimin\nRIIZE's Wonbin\nStray Kids' Hyunjin\nSHINee's Key\n")
    ids = artist_ids(clf, "March brand reputation rankings", body)
    assert {"jimin", "wonbin", "hyunjin-stray-kids", "key", "riize", "stray-kids", "shinee"} <= ids


@pytest.mark.parametrize("heading", ["Best Actor", "Artist of the Year", "Best Entertainment Performer (Male)"])
def test_rows_under_an_award_category_heading_name_its_nominees(clf: Classifier, heading: str) -> None:
    body = (f"The nominees for this year's awards were revealed on Tuesday.\n\n{heading}\n"
            "Park Bo Gum \u2013 \"When Life Gives You Tangerines\"\nJu Ji Hoon \u2013 \"Trigger\"\n")
    assert {"park-bo-gum", "ju-ji-hoon"} <= artist_ids(clf, "Awards announce nominees", body)


def test_a_name_list_after_an_ordinary_paragraph_stays_page_noise(clf: Classifier) -> None:
    body = "Lisa and Rosé met at a party in Seoul on Friday.\n\nRIIZE's Wonbin\nStray Kids' Hyunjin\n"
    ids = artist_ids(clf, "Lisa and Rosé meet", body)
    assert "wonbin" not in ids and "hyunjin-stray-kids" not in ids


@pytest.mark.parametrize(
    "furniture",
    [
        "BY KIM JI-SOO [kim.jisoo@paper.example]",
        "Related Articles\n- Kim Seon-ho confirms casting in a new comedy\n- 2PM's Taecyeon to headline a thriller",
        "mocamoca 1,204 pts Saturday, March 14, 2026\nIroha's high note in the bridge though!!",
    ],
)
def test_bylines_related_links_and_reader_comments_name_nobody(clf: Classifier, furniture: str) -> None:
    ids = {a.id for a in clf.classify("Jungkook wins again", f"Jungkook won on Friday.\n\n{furniture}\n").artists}
    assert ids == {"jungkook"}


def test_rows_under_a_nominees_heading_name_every_nominee(clf: Classifier) -> None:
    body = (
        "The nominees for the year-end awards were announced on Friday.\n\n"
        "Album Division nominees:\n"
        "ITZY – \"Born to Be\"\n"
        "NCT DREAM – \"Glitch Mode\"\n"
        "TWICE – \"With You-th\"\n"
    )
    ids = artist_ids(clf, "Year-end awards announce nominees", body)
    assert {"itzy", "nct-dream", "twice"} <= ids


def test_a_readers_comment_under_its_header_and_date_line_names_nobody(clf: Classifier) -> None:
    body = (
        "Ahyeon and Ruka joined the challenge with TWS's Shinyu on Friday, and the clip went viral.\n\n"
        "starlit_deul\nstarlit_deul 4,112 pts Friday, April 3, 2026 2\nFriday, April 3, 2026\n\n"
        "Ruka's jump tho. Now do it with Wonyoung and Leeseo please\n"
    )
    ids = artist_ids(clf, "Challenge", body)
    assert "wonyoung" not in ids and "leeseo" not in ids


def test_a_next_story_link_names_nobody(clf: Classifier) -> None:
    body = (
        "Seungkwan commented on the live, and fans loved it.\n\n"
        "Next: ZEROBASEONE's Zhang Hao reveals the one thing he always packs for tours\n"
    )
    ids = artist_ids(clf, "Seungkwan on a live", body)
    assert "zerobaseone" not in ids and "zhang-hao" not in ids


def test_links_under_a_most_popular_heading_name_nobody(clf: Classifier) -> None:
    body = (
        "ENHYPEN's Sunghoon followed Han So-hee on Instagram on Monday, and fans noticed within minutes.\n\n"
        "Most Popular\n"
        "- [Herald Interview] Lee Jung-jae on returning to the stage\n"
        "- Hwang Min-hyun set for first solo fan concert in Taipei\n"
    )
    ids = artist_ids(clf, "Sunghoon follows Han So-hee", body)
    assert "lee-jung-jae" not in ids and "hwang-min-hyun" not in ids


def test_a_numbered_item_over_a_short_paragraph_of_sentences_keeps_its_names(clf: Classifier) -> None:
    body = ("Here are the results.\n\n6. Dreamcatcher's Siyeon (6%)\n\n"
            "Rock vocals, musical theater, OSTs. Is there anything Siyeon can't sing?\n")
    assert "dreamcatcher" in artist_ids(clf, "The Best Female Vocalists In K-Pop Right Now", body)


def test_a_surname_after_the_full_name_is_that_person_not_a_one_word_namesake(clf: Classifier) -> None:
    body = ("Conan Gray brought TXT's Beomgyu on stage for 'Heather', one of Gray's most-streamed songs. "
            "Gray's tour continues in Tokyo next week.")
    ids = artist_ids(clf, "Conan Gray and Beomgyu", body)
    assert "gray" not in ids and "conan-gray" in ids


def test_an_inline_also_read_link_names_nobody_in_the_story(clf: Classifier) -> None:
    body = ("Hwasa surprised fans on Sunday.\n\nALSO READ: Kim Soo Hyun's upcoming film confirms release date; "
            "netizens divided\n\nHwasa thanked the crowd.")
    assert "kim-soo-hyun" not in artist_ids(clf, "Hwasa surprises fans", body)


def test_an_inline_next_link_names_nobody_in_the_story(clf: Classifier) -> None:
    body = ("WOODZ thanked AKMU's Lee Chan-hyuk for the like.\n\n"
            "Next: \"I almost quit twice\" Veteran actress Kim Hae-sook looks back on five decades in drama\n")
    assert "new:kim-hae-sook" not in artist_ids(clf, "WOODZ and Lee Chan-hyuk", body)


def test_a_later_huh_is_huh_yunjin_named_in_full_before(clf: Classifier) -> None:
    c = clf.classify("Olivia Rodrigo brings out LE SSERAFIM's Huh Yunjin in Seoul",
                     "Fellow members Sakura and Kazuha later joined Rodrigo and Huh backstage, where the four "
                     "posed for a photo.")
    assert any({i.a, i.b} == {"kazuha", "yunjin"} and "meet" in i.types for i in c.interactions)


def test_a_tag_cloud_line_with_a_plain_word_in_it_names_nobody_and_pairs_nobody(clf: Classifier) -> None:
    body = ("SHINee's Minho made a surprise appearance in the new film, the studio said on Monday.\n\n"
            "Tags: Minho, Joy, Hwasa, Choi Siwon, Miyeon, cameo")
    c = clf.classify("Minho's film cameo delights fans", body)
    assert not c.interactions
    assert {a.id for a in c.artists} == {"minho-shinee", "shinee"}
