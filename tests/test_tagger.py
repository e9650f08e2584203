"""Tagger behaviour, one rule per test, on sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.roster import Roster
from bot.tagger import Mention, Tagger, _hyphened_given_name, normalize


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(Roster.load())


def ids(tagger: Tagger, text: str) -> list[str]:
    seen: list[str] = []
    for m in tagger.tag(text):
        if m.artist_id not in seen:
            seen.append(m.artist_id)
    return seen


def test_plain_names_are_tagged_with_offsets(tagger: Tagger) -> None:
    text = "Jungkook danced with Mingyu."
    ms = tagger.tag(text)
    assert [m.artist_id for m in ms] == ["jungkook", "mingyu"]
    assert all(text[m.start:m.end] == m.surface for m in ms)


def test_mentions_are_sorted_by_start(tagger: Tagger) -> None:
    ms = tagger.tag("Mingyu met Jungkook and then Jennie of BLACKPINK.")
    assert [m.start for m in ms] == sorted(m.start for m in ms)


@pytest.mark.parametrize("text", [
    "BTS' Jungkook smiled.", "BTS's Jungkook smiled.", "BTS’ Jungkook smiled.", "BTS’s Jungkook smiled.",
])
def test_possessive_group_and_member_are_both_tagged(tagger: Tagger, text: str) -> None:
    assert ids(tagger, text) == ["bts", "jungkook"]


def test_possessive_on_member_name(tagger: Tagger) -> None:
    assert ids(tagger, "Jennie's new song is out.") == ["jennie"]


@pytest.mark.parametrize("text", ["Han So-hee waved.", "Han Sohee waved.", "Han So Hee waved."])
def test_hyphen_and_space_variants(tagger: Tagger, text: str) -> None:
    assert ids(tagger, text) == ["han-so-hee"]


def test_hyphen_variant_generated_from_korean_full_name(tagger: Tagger) -> None:
    assert ids(tagger, "Kim Tae-hyung and Kim Taehyung are one man.") == ["v"]


def test_hangul_names_with_particles(tagger: Tagger) -> None:
    assert ids(tagger, "정국이 제니와 만났다.") == ["jungkook", "jennie"]


def test_hangul_name_inside_a_longer_word_is_not_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "진짜 좋다.") == []


def test_single_letter_name_needs_its_group(tagger: Tagger) -> None:
    assert ids(tagger, "Vitamin V is a brand.") == []
    assert ids(tagger, "BTS member V posted a photo.") == ["bts", "v"]


def test_short_name_counts_when_group_is_elsewhere_in_story(tagger: Tagger) -> None:
    assert "jin" in ids(tagger, "BTS released a film. Later, Jin sang.")


def test_short_name_without_evidence_is_not_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "Jin sang at the party.") == []


def test_member_cue_is_evidence(tagger: Tagger) -> None:
    assert ids(tagger, "The group's member Suga wrote it.") == ["suga"]


def test_common_word_in_lower_case_is_never_a_name(tagger: Tagger) -> None:
    assert ids(tagger, "There is hope and joy in winter, seventeen times over.") == []


def test_common_word_name_capitalized_needs_evidence(tagger: Tagger) -> None:
    assert ids(tagger, "Winter is coming.") == []
    assert ids(tagger, "aespa's Winter posted a selfie.") == ["aespa", "winter"]


def test_all_caps_group_name_counts_but_the_number_does_not(tagger: Tagger) -> None:
    assert ids(tagger, "SEVENTEEN performed for seventeen minutes.") == ["seventeen"]


def test_group_possessive_is_evidence_for_a_common_word_group(tagger: Tagger) -> None:
    assert ids(tagger, "Seventeen's album sold well.") == ["seventeen"]


def test_capitalized_star_name_counts(tagger: Tagger) -> None:
    assert ids(tagger, "Lisa and Rosalía released a song.") == ["lisa", "rosalia"]


def test_accented_stage_name_counts_but_plain_word_needs_evidence(tagger: Tagger) -> None:
    assert ids(tagger, "Rosé released a single.") == ["rose"]
    assert ids(tagger, "Rose petals fell.") == []


def test_shared_stage_name_resolves_by_group_in_story(tagger: Tagger) -> None:
    assert ids(tagger, "2PM's Wooyoung met fans.") == ["2pm", "wooyoung-2pm"]
    assert "wooyoung-ateez" in ids(tagger, "ATEEZ held a concert and Wooyoung danced.")


def test_shared_stage_name_without_group_goes_to_most_prominent(tagger: Tagger) -> None:
    assert ids(tagger, "Jisoo posted a photo.") == ["jisoo-blackpink"]


def test_member_of_group_phrase_ties_member_to_group(tagger: Tagger) -> None:
    assert ids(tagger, "Taeyeon of Girls' Generation sang.") == ["taeyeon", "girls-generation"]


def test_fandom_names_are_never_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "ARMY and BLINK trended; ARMYs cheered.") == []


def test_agencies_and_platforms_are_not_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "HYBE posted on TikTok and Weverse.") == []


def test_epithet_resolves_to_named_artist(tagger: Tagger) -> None:
    ms = tagger.tag("Jungkook danced. The BTS maknae later thanked fans.")
    epithets = [m for m in ms if m.via == "epithet"]
    assert [(m.artist_id, m.surface) for m in epithets] == [("jungkook", "maknae")]


def test_group_at_the_head_of_an_epithet_is_named_too(tagger: Tagger) -> None:
    ms = tagger.tag("BTS' maknae thanked fans.")
    assert [(m.artist_id, m.surface, m.via) for m in ms] == [("bts", "BTS", "name"), ("jungkook", "maknae", "epithet")]


def test_song_epithet_resolves(tagger: Tagger) -> None:
    ms = tagger.tag("The Seven singer followed him back.")
    assert [(m.artist_id, m.via) for m in ms] == [("jungkook", "epithet")]


def test_nickname_alias_is_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "Fans love the Golden Maknae. JK FOLLOWED ME, he wrote about Jungkook.") == ["jungkook"]


def test_role_cue_introduces_provisional_artist(tagger: Tagger) -> None:
    ms = tagger.tag("The clip featured dancer Mira Solberg, who was thrilled.")
    assert [(m.artist_id, m.surface, m.via) for m in ms] == [("new:mira-solberg", "Mira Solberg", "role")]


def test_provisional_artist_is_described_with_its_display_name(tagger: Tagger) -> None:
    tagger.tag("Later, producer Tomas Quill joined.")
    ref = tagger.describe("new:tomas-quill")
    assert (ref.id, ref.name, ref.kind) == ("new:tomas-quill", "Tomas Quill", "person")


def test_describe_roster_artist(tagger: Tagger) -> None:
    ref = tagger.describe("jungkook")
    assert (ref.name, ref.kind, ref.groups) == ("Jungkook", "member", ("bts",))


def test_surname_refers_back_to_person_named_before(tagger: Tagger) -> None:
    ms = tagger.tag("TikToker Mira Solberg posted. Solberg was thrilled.")
    assert [(m.artist_id, m.via) for m in ms] == [("new:mira-solberg", "role"), ("new:mira-solberg", "surname")]


def test_role_cue_vouches_for_ambiguous_roster_name(tagger: Tagger) -> None:
    assert ids(tagger, "He copied choreographer KN's moves.") == ["kn"]


@pytest.mark.parametrize("text", ["Their old track also featured Dean.", "The single is a duet with Dean."])
def test_song_credits_vouch_for_an_ambiguous_roster_name(tagger: Tagger, text: str) -> None:
    assert ids(tagger, text) == ["dean"]


def test_an_ambiguous_name_without_credits_stays_untagged(tagger: Tagger) -> None:
    assert ids(tagger, "The old track was written by the school's Dean.") == []


def test_a_nationality_before_a_name_is_no_part_of_it(tagger: Tagger) -> None:
    assert ids(tagger, "Yesterday Korean-Australian Hanni waved at the crowd.") == ["hanni"]


def test_title_case_headline_word_is_no_role_cue(tagger: Tagger) -> None:
    assert ids(tagger, "K-pop Singer Reveals Secret Plans For Summer") == []


def test_one_word_name_inside_an_unknown_full_name_is_not_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "Reporter Daniel Anderson wrote this piece about Jimin.") == ["jimin"]


def test_name_list_lines_count_only_if_named_in_prose(tagger: Tagger) -> None:
    text = "Jimin sang with Jungkook today.\n\nMORE STORIES\nSuzy, Taemin\nJungkook, Jimin\n"
    assert ids(tagger, text) == ["jimin", "jungkook"]


def test_artists_lists_unique_refs_in_order(tagger: Tagger) -> None:
    ms = tagger.tag("Jungkook met Jimin. Jungkook laughed.")
    assert [r.id for r in tagger.artists(ms)] == ["jungkook", "jimin"]


def test_mention_is_frozen() -> None:
    m = Mention("bts", 0, 3, "BTS", "name")
    with pytest.raises(AttributeError):
        m.start = 1  # type: ignore[misc]


def test_western_artists_and_actors_are_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "Charlie Puth and Kim Soo-hyun met Bruno Mars.") == [
        "charlie-puth", "kim-soo-hyun", "bruno-mars"]


def test_empty_text(tagger: Tagger) -> None:
    assert tagger.tag("") == []


def test_name_inside_a_quoted_title_is_not_an_artist(tagger: Tagger) -> None:
    assert ids(tagger, 'They covered "Haru Haru" at the show.') == []


def test_quoted_title_does_not_hide_an_artist_named_elsewhere(tagger: Tagger) -> None:
    assert ids(tagger, 'BTS sang "Run BTS" live.') == ["bts"]


def test_lone_quoted_person_name_is_still_the_person(tagger: Tagger) -> None:
    assert ids(tagger, "'Jungkook' trended worldwide.") == ["jungkook"]


def test_closing_quote_is_not_a_possessive(tagger: Tagger) -> None:
    assert ids(tagger, "The band performed 'Secret' on stage.") == []


def test_common_word_opening_a_sentence_is_not_the_group(tagger: Tagger) -> None:
    ms = tagger.tag("Twice a year the label holds auditions. TWICE's Nayeon sang.")
    assert [(m.artist_id, m.surface) for m in ms if m.artist_id == "twice"] == [("twice", "TWICE")]


def test_own_stage_name_beats_another_idols_legal_name(tagger: Tagger) -> None:
    assert ids(tagger, "Actress Kim Ji-won smiled.") == ["kim-ji-won"]


def test_spaced_korean_full_name_hides_its_last_syllable(tagger: Tagger) -> None:
    assert ids(tagger, "Bae Jun Hyuk And Roh Mi Eui Star In New Drama") == []


def test_row_of_unknown_and_known_names_is_page_noise(tagger: Tagger) -> None:
    text = "Jimin sang.\n\nTOP STORIES\nKang Ho Dong, Suzy\n"
    assert ids(tagger, text) == ["jimin"]


def test_title_line_is_never_page_noise(tagger: Tagger) -> None:
    assert ids(tagger, "Suzy, Taemin\n\nThe two met at a cafe.") == ["suzy", "taemin"]


def test_capitalized_role_word_opening_a_sentence_is_a_cue(tagger: Tagger) -> None:
    ms = tagger.tag("It was fun. Choreographer Mira Solberg joined.")
    assert [(m.artist_id, m.via) for m in ms] == [("new:mira-solberg", "role")]


def test_name_before_its_role_is_a_provisional_artist(tagger: Tagger) -> None:
    ms = tagger.tag("Dex Hanley, the song's producer, thanked fans.")
    assert [(m.artist_id, m.surface, m.via) for m in ms] == [("new:dex-hanley", "Dex Hanley", "role")]


def test_a_place_before_an_apposition_is_no_name(tagger: Tagger) -> None:
    # "in Los Angeles, the American star followed her": the city is where; the star is named elsewhere
    assert ids(tagger, "She sang at the group's concert in Los Angeles, the American star said.") == []


def test_sentence_adverb_before_a_role_is_no_name(tagger: Tagger) -> None:
    assert ids(tagger, "Meanwhile, the singer left. Recently, a dancer posted.") == []


def test_capitalized_role_word_mid_headline_is_no_cue(tagger: Tagger) -> None:
    assert ids(tagger, "K-Pop Idol And Actor Couple Announce Pregnancy\n\nCongratulations!") == []


def test_name_inside_a_hyphenated_korean_given_name_is_not_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "BTS met director Kang Jin-woo.") == ["bts", "new:kang-jin-woo"]


def test_hyphenated_modifier_keeps_the_name(tagger: Tagger) -> None:
    assert ids(tagger, "A BTS-themed cafe sold Jungkook-inspired cakes.") == ["bts", "jungkook"]


def test_letter_v_after_part_is_not_the_idol(tagger: Tagger) -> None:
    assert ids(tagger, "BTS fans love Part V of the series.") == ["bts"]


def test_platform_named_after_a_letter_is_blocked(tagger: Tagger) -> None:
    assert ids(tagger, "BTS went live on V Live.") == ["bts"]


def test_latin_group_name_with_korean_particle(tagger: Tagger) -> None:
    assert ids(tagger, "BTS의 정국이 NCT 127과 만났다.") == ["bts", "jungkook", "nct-127"]


def test_latin_group_name_before_korean_in_an_english_story(tagger: Tagger) -> None:
    # English text with a Korean quote: the Hangul-only matching still sees "BTS의"
    assert ids(tagger, "Fans wrote “BTS의 정국” under the post about the social event.") == ["bts", "jungkook"]


@pytest.mark.parametrize("text", [
    "BTS’ Jungkook — “Seven” (2023)…",
    "Rosé, JENNIE and İlayda met in Seoul",
    "정국이 BTS의 NCT가 K-pop 😀 V",
    "Jennie\u00a0Kim\tand LISA? Yes!",
    "ΟΔΟΣ Σ BTS",
    "ＢＴＳ Jungkook Kelvin \u212a",
    "",
])
def test_normalize_lowercases_and_blanks_non_word_characters_in_place(text: str) -> None:
    import re

    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    expected = re.sub(r"[^\w ]", " ", low)
    assert normalize(text) == expected
    assert len(normalize(text)) == len(text)


def test_handles_and_urls_are_not_mentions(tagger: Tagger) -> None:
    text = "See @jungkook.97 and weverse.io/bts/live or www.blackpink.com today."
    assert ids(tagger, text) == []


def test_provisional_name_can_be_registered_for_describe() -> None:
    fresh = Tagger(Roster.load())
    ref = fresh.provisional("Heo Yuna Kline")
    assert ref.id == "new:heo-yuna-kline"
    assert fresh.describe("new:heo-yuna-kline").name == "Heo Yuna Kline"


def test_name_between_two_quoted_titles_is_still_tagged(tagger: Tagger) -> None:
    text = "Nominees were ATEEZ’s “Golden Hour,” and KiiiKiii’s “Dancing Alone.”"
    assert ids(tagger, text) == ["ateez", "kiiikiii"]


def test_common_word_alias_in_an_all_caps_line_is_not_a_name(tagger: Tagger) -> None:
    text = "G-Dragon and Taeyang sang.\n\nTHE TOP 10 STORIES DELIVERED DAILY\n"
    assert ids(tagger, text) == ["g-dragon", "taeyang"]


def test_page_noise_does_not_vouch_for_an_ambiguous_name(tagger: Tagger) -> None:
    text = "Taeyang wrote a song for Jin.\n\nMORE\nBTS, RM\n"
    assert ids(tagger, text) == ["taeyang"]


def test_bandmate_vouches_for_an_ambiguous_name(tagger: Tagger) -> None:
    assert ids(tagger, "Karina and Winter thanked fans.") == ["karina", "winter"]


def test_fandom_name_vouches_for_its_group_members(tagger: Tagger) -> None:
    assert ids(tagger, "Jin thanked ARMY for the support.") == ["jin"]


def test_idols_legal_name_after_a_craft_cue_is_a_namesake(tagger: Tagger) -> None:
    ms = tagger.tag("The track was made by producer Kim Dong-hyun.")
    assert [(m.artist_id, m.via) for m in ms] == [("new:kim-dong-hyun", "role")]


def test_people_named_as_ceo_or_reporter_are_not_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "Agency CEO Park Jin-young spoke to reporter Kim Minji.") == []


@pytest.mark.parametrize(("headline", "names"), [
    ("BTS's Jimin Praises BABYMONSTER", {"jimin", "babymonster"}),
    ("BIGBANG's Taeyang Shouts Out BABYMONSTER", {"taeyang", "babymonster"}),
    ("Jimin Praises TWICE", {"jimin", "twice"}),
    ("aespa's Karina Praises BABYMONSTER", {"karina", "babymonster"}),
    ("NewJeans' Hanni Praises aespa", {"hanni", "aespa"}),
    ("IU Praises Taeyang", {"iu", "taeyang"}),
])
def test_names_around_a_title_case_verb_in_a_short_headline_are_tagged(
    tagger: Tagger, headline: str, names: set[str]
) -> None:
    assert names <= set(ids(tagger, headline))


def test_a_given_name_known_only_as_one_word_matches_its_spaced_syllables(tagger: Tagger) -> None:
    assert "seunghyub" in ids(tagger, "N.Flying leader Lee Seung Hyub left a comment.")


@pytest.mark.parametrize(("name", "hyphened"), [
    ("Lee Seunghyub", "Lee Seung-hyub"), ("Kim Jieun", "Kim Ji-eun"), ("Park Chanyeol", "Park Chan-yeol"),
    ("Cha Hoon", None), ("Lee Seung-hyub", None), ("Jungkook", None),
])
def test_a_fused_korean_given_name_splits_into_its_two_syllables(name: str, hyphened: str | None) -> None:
    assert _hyphened_given_name(name) == hyphened


def test_a_namesake_introduced_with_another_job_is_not_the_idol(tagger: Tagger) -> None:
    text = "\"Streaming rewards a long tail,\" said Kim Jin-woo, a data analyst at Circle Chart."
    assert "jinu" not in ids(tagger, text)


def test_a_name_standing_as_a_new_singles_title_is_the_song_there_and_later(tagger: Tagger) -> None:
    text = ("Ruel released his new single, Paper Planes, featuring Red Velvet's Seulgi. "
            "Paper Planes is now available on all platforms.")
    assert "paper-planes" not in ids(tagger, text)


def test_a_songs_title_does_not_hide_the_idol_of_the_same_name(tagger: Tagger) -> None:
    text = "Chungha released her new single Winter, and aespa's Winter shared the challenge."
    assert "winter" in ids(tagger, text)


def test_and_more_ending_a_line_up_is_no_newcomer(tagger: Tagger) -> None:
    text = "The post Festival Unveils Lineup Featuring Jay Park, KISS OF LIFE & More appeared first on HELLOKPOP."
    assert not [i for i in ids(tagger, text) if i.startswith("new:")]


@pytest.mark.parametrize("text", [
    "TYLA LIKED AND COMMENTED ON THE VIDEO I'M NOT OKAY.",
    "Sohee covered Lauv's Paris in the Rain on YouTube, and the Rain version went viral.",
])
def test_a_contraction_or_a_common_word_after_the_is_no_artist(tagger: Tagger, text: str) -> None:
    assert not {"i-m", "rain"} & set(ids(tagger, text))


@pytest.mark.parametrize("text", [
    "BABYMONSTER's song became the fastest girl group MV of 2026 to hit 200 million views.",
    "leehan calling young k his role model ON AIR and young k posting them the same night",
    "Taemin sent him a message on Instagram late at night. While the idol did not show it, he read a part.",
])
def test_clause_openers_and_media_words_are_no_newcomers(tagger: Tagger, text: str) -> None:
    assert not [i for i in ids(tagger, text) if i.startswith("new:")]


def test_an_accented_name_before_a_work_noun_in_a_headline_is_the_name(tagger: Tagger) -> None:
    assert "rose" in ids(tagger, "Fans Are Begging For A Jennie And Rosé Duet After Both Dropped Solo Singles")


def test_a_title_before_the_singers_possessive_is_no_newcomer(tagger: Tagger) -> None:
    text = "The record also includes APT., the singer's smash collaboration with Bruno Mars."
    assert not [i for i in ids(tagger, text) if i.startswith("new:")]


def test_a_surname_like_word_before_a_function_word_starts_no_full_name(tagger: Tagger) -> None:
    assert "taeyang" in ids(tagger, "Jimin Writes A Song For Taeyang")


def test_a_roster_name_after_a_role_in_a_title_case_headline_runs_on_into_no_newcomer(tagger: Tagger) -> None:
    got = ids(tagger, "Singer Crush Congratulates actor Park Bo-gum On His Win")
    assert "crush" in got and not [i for i in got if i.startswith("new:")]


def test_a_contracted_verb_after_a_roster_name_does_not_run_on_into_a_newcomer(tagger: Tagger) -> None:
    got = ids(tagger, "Singer Crush DM'd actor Park Bo-gum after the show.")
    assert got == ["crush", "park-bo-gum"]


def test_a_person_named_as_the_head_of_a_label_is_not_tagged(tagger: Tagger) -> None:
    # LABELING: people named only as CEO or agency head are not tagged
    assert ids(tagger, "Rosé signed with The Black Label, headed by Teddy, last month.") == ["rose"]
    assert ids(tagger, "HyunA is signed to P Nation, the label founded by PSY.") == ["hyuna"]


def test_a_founder_credited_as_the_producer_is_tagged_and_his_label_is_not(tagger: Tagger) -> None:
    assert ids(tagger, "The single was produced by THEBLACKLABEL's founder Teddy last year.") == ["teddy"]


def test_related_story_links_are_page_noise(tagger: Tagger) -> None:
    text = "Jimin posted a photo.\n\nALSO READ: Jennie and Lisa reunite in Paris\n\nFans loved it."
    assert ids(tagger, text) == ["jimin"]


def test_bulleted_link_line_is_page_noise(tagger: Tagger) -> None:
    text = "Jimin posted a photo.\n\n  • Director Moon Hae-ri praises Jennie's acting\n"
    assert ids(tagger, text) == ["jimin"]


def test_credit_phrase_introduces_provisional_artists(tagger: Tagger) -> None:
    ms = tagger.tag("The track was produced by Dex Hanley and featured Tomas Quill.")
    assert [(m.artist_id, m.via) for m in ms] == [("new:dex-hanley", "role"), ("new:tomas-quill", "role")]


def test_owner_of_a_work_is_a_provisional_artist(tagger: Tagger) -> None:
    ms = tagger.tag("Her cover of Mira Solberg's second album was praised.")
    assert [m.artist_id for m in ms] == ["new:mira-solberg"]


def test_owner_of_a_quoted_title_is_a_provisional_artist(tagger: Tagger) -> None:
    ms = tagger.tag('The album beat Ozzy Vale\'s "Night Drive" to the top spot.')
    assert [m.artist_id for m in ms] == ["new:ozzy-vale"]


def test_plural_role_introduces_every_name_in_the_list(tagger: Tagger) -> None:
    ms = tagger.tag("The festival booked singers Ana Lopez, Bo Kane, and Cy Marr this year.")
    assert [m.artist_id for m in ms] == ["new:ana-lopez", "new:bo-kane", "new:cy-marr"]


def test_unknown_korean_full_name_is_not_split_into_idols(tagger: Tagger) -> None:
    ms = tagger.tag("The video features actress Han Yo-Rim.")
    assert [(m.artist_id, m.surface) for m in ms] == [("new:han-yo-rim", "Han Yo-Rim")]


# ------------------------------------------------------------------------- generalisation rules
def test_time_zone_before_an_appositive_is_not_a_name(tagger: Tagger) -> None:
    ms = tagger.tag("On May 3 KST, the two members met Jungkook backstage.")
    assert all(not m.artist_id.startswith("new:") for m in ms)


def test_group_word_introduces_a_provisional_group(tagger: Tagger) -> None:
    ms = tagger.tag("Fans of rookie girl group VELORA cheered on Friday.")
    assert [m.artist_id for m in ms] == ["new:velora"]
    assert tagger.describe("new:velora").kind == "group"


def test_plural_group_word_introduces_nothing(tagger: Tagger) -> None:
    assert tagger.tag("She sent the members of both groups Jeju tangerine boxes as presents.") == []


def test_role_cue_name_longer_than_a_roster_name_is_a_newcomer(tagger: Tagger) -> None:
    ms = tagger.tag("Fans were shocked when rapper Jay Winter left his label. Jay Winter has not commented.")
    assert [(m.artist_id, m.surface) for m in ms] == [("new:jay-winter", "Jay Winter")] * 2


def test_plural_role_with_including_introduces_the_listed_names(tagger: Tagger) -> None:
    ms = tagger.tag("She thanked her fellow members, including Dariya Venn and Olu Maret, for the support.")
    assert [m.artist_id for m in ms] == ["new:dariya-venn", "new:olu-maret"]


def test_roster_name_vouched_by_a_role_cue_counts_again_later(tagger: Tagger) -> None:
    ms = tagger.tag("She thanked her fellow members, including Nari and Dahye. Later, Nari apologised.")
    assert [m.artist_id for m in ms if m.surface == "Nari"] == ["nari", "nari"]


def test_given_name_of_an_idol_in_the_story_is_that_idol(tagger: Tagger) -> None:
    ms = tagger.tag('Red Velvet\'s Joy laughed when Key wrote, "Sooyoung-ah, hello!"')
    assert "sooyoung" not in {m.artist_id for m in ms}
    assert [m.artist_id for m in ms if m.surface == "Sooyoung"] == ["joy"]


def test_spaced_given_name_of_an_actress_in_the_story_is_her(tagger: Tagger) -> None:
    ms = tagger.tag('Actress Gong Seung Yeon thanked TWICE\'s Jeongyeon. The banner read "My unnie Seung Yeon!"')
    assert "seungyeon-kara" not in {m.artist_id for m in ms}


def test_alias_followed_by_the_rest_of_a_story_artists_given_name_is_that_artist(tagger: Tagger) -> None:
    text = 'Stray Kids played first. Trot singer Lee Chan Won sent a wreath: "From your brother Chan Won!"'
    ms = tagger.tag(text)
    assert [(m.artist_id, m.surface) for m in ms if m.start > text.index("From")] == [("lee-chan-won", "Chan Won")]


def test_lower_case_syllable_after_a_hyphen_still_matches(tagger: Tagger) -> None:
    assert ids(tagger, "ENHYPEN's Ni-ki posted a dance video.") == ["enhypen", "ni-ki"]


def test_mixed_case_styling_is_evidence_for_a_short_name(tagger: Tagger) -> None:
    assert ids(tagger, "BoA praised the rookies during the broadcast.") == ["boa"]


def test_plural_fandom_after_known_as_is_not_a_newcomer(tagger: Tagger) -> None:
    assert ids(tagger, "TXT's fans, known as MOAs, celebrated the win.") == ["txt"]


def test_all_caps_name_heading_member_is_a_provisional_group(tagger: Tagger) -> None:
    ms = tagger.tag("NOVALUX member Dariya posted a photo on Monday.")
    assert ms[0].artist_id == "new:novalux" and tagger.describe("new:novalux").kind == "group"


def test_a_pronoun_contraction_after_a_role_word_is_no_name(tagger: Tagger) -> None:
    assert ids(tagger, 'Tablo said the members of NMIXX are "the best vocalists I\'ve worked with."') == [
        "tablo", "nmixx"]


def test_a_letter_of_an_abbreviation_is_no_single_letter_name(tagger: Tagger) -> None:
    assert "v" not in ids(tagger, "The V.I.Ps in the crowd cheered loudly.")


def test_a_name_glued_to_the_next_sentence_by_a_missing_space_is_still_tagged(tagger: Tagger) -> None:
    assert "stray-kids" in ids(tagger, "The list named BTS and Stray Kids.Fans cheered.")


def test_a_hangul_given_name_of_a_soloist_in_the_story_is_that_soloist(tagger: Tagger) -> None:
    assert ids(tagger, "IU sent coffee. Actor Park Bo-gum wrote, 'Thanks, 지은!'") == ["iu", "park-bo-gum"]


def test_the_first_name_of_a_two_word_stage_name_refers_back_to_the_artist(tagger: Tagger) -> None:
    mentions = tagger.tag("Jackson Wang released a new single on Friday. Later, Jackson thanked his fans.")
    assert [m.artist_id for m in mentions] == ["jackson-wang", "jackson-wang"]


def test_a_korean_order_name_gives_no_first_name_back_reference(tagger: Tagger) -> None:
    assert ids(tagger, "Park Bo-gum starred in the drama. Park is a common surname.") == ["park-bo-gum"]


def test_a_first_name_that_is_an_ordinary_word_gives_no_back_reference(tagger: Tagger) -> None:
    t = Tagger(Roster.from_dict({"artists": [{"id": "summer-walker", "name": "Summer Walker", "kind": "soloist"}],
                                 "common_words": ["summer"]}))
    assert [m.artist_id for m in t.tag("Summer Walker sang. Summer is the best season for a tour.")] == [
        "summer-walker"]


def test_quoted_title_ending_in_s_is_no_plural_owner(tagger: Tagger) -> None:
    assert ids(tagger, "Lauv drops 'Summer Nights' remix with TWICE this week.") == ["lauv", "twice"]


def test_a_common_word_name_that_owns_a_quoted_song_is_the_artist(tagger: Tagger) -> None:
    assert ids(tagger, "Jihyo sang Crush's 'Oasis' at her fan meeting.") == ["jihyo-twice", "crush"]


def test_a_common_word_name_speaking_of_himself_is_the_artist(tagger: Tagger) -> None:
    assert "crush" in ids(tagger, "Crush has revealed that he wrote his first song at fifteen.")


def test_a_capitalized_common_word_that_says_something_without_a_pronoun_is_no_artist(tagger: Tagger) -> None:
    assert ids(tagger, "Crush soda says a lot about summer in its new advert.") == []


def test_a_two_word_name_followed_by_a_hyphenated_syllable_is_a_longer_name(tagger: Tagger) -> None:
    assert ids(tagger, "Choi Min-jae, an entertainment lawyer, said so.") == []


def test_a_one_word_name_before_a_hyphenated_word_is_still_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "Chart news\n\nThe Jungkook-produced track topped the chart.") == ["jungkook"]


def test_a_kind_of_act_opening_a_sentence_is_no_newcomer(tagger: Tagger) -> None:
    found = ids(tagger, "It was a first this year. Girl groups aespa and IVE did so in January.")
    assert found == ["aespa", "ive"]


@pytest.mark.parametrize("title", ["The Jimin Song Fans Cannot Stop Playing", "Why Karina Is Trending Today"])
def test_a_name_after_a_headlines_opening_word_is_still_the_artist(tagger: Tagger, title: str) -> None:
    assert ids(tagger, title)[:1] in (["jimin"], ["karina"])


def test_the_pronoun_i_is_never_the_soloist_named_i(tagger: Tagger) -> None:
    assert ids(tagger, "News\n\nOne of the best artists I've ever worked with, she said. I agree.") == []


def test_a_common_word_name_coordinated_with_an_artist_is_that_act(tagger: Tagger) -> None:
    found = ids(tagger, "Top moments\n\n5. Rain and TWS' Shinyu take on the 'Gang' challenge")
    assert found == ["rain", "tws", "shinyu"]
    assert ids(tagger, "Weather\n\nRain and snow fell on Seoul today.") == []


def test_a_headline_phrase_before_a_possessive_is_not_its_owner(tagger: Tagger) -> None:
    text = (
        "News\n\nIn the description, she wrote a note. Watch the cover… Continue reading Belle Puts Her Own Spin On"
        " Taeyeon’s “Rain” The post appeared first on Soompi"
    )
    assert not any(m.artist_id.startswith("new:") for m in tagger.tag(text))


def test_a_name_ending_in_chart_radio_or_awards_is_no_provisional_artist(tagger: Tagger) -> None:
    text = "Charts\n\nCircle Chart (formerly known as Gaon Chart) has revealed its rankings for the week."
    assert not any(m.artist_id.startswith("new:") for m in tagger.tag(text))


def test_a_lesser_known_name_mixing_letters_and_digits_needs_no_evidence(tagger: Tagger) -> None:
    ids = {m.artist_id for m in tagger.tag("News\n\nJay Park unfollowed pH-1, and Jin visited Kian84 at home.")}
    assert {"ph-1", "kian84"} <= ids


def test_a_name_that_is_a_whole_quotation_is_a_title(tagger: Tagger) -> None:
    text = "News\n\naespa's Winter sang it first; now Chungha and Kim Sejeong team up for the 'Winter' dance challenge."
    winters = [m for m in tagger.tag(text) if m.artist_id == "winter"]
    assert len(winters) == 1 and winters[0].start < text.index("'Winter'")


def test_a_quoted_sentence_opening_with_a_name_still_names_it(tagger: Tagger) -> None:
    text = "News\n\nKim Sejeong left a comment that read, \"Chungha's voice on this chorus is perfect.\""
    assert "chungha" in {m.artist_id for m in tagger.tag(text)}


def test_a_capitalised_thing_after_an_article_is_no_provisional_name(tagger: Tagger) -> None:
    text = "News\n\nIn a later Story, the singer uploaded a clip of the kimchi and tagged Sung Si Kyung."
    assert not any(m.artist_id.startswith("new:") for m in tagger.tag(text))


def test_a_group_named_like_a_clock_time_is_the_time_after_at(tagger: Tagger) -> None:
    assert ids(tagger, "The show starts at 2PM on Friday, and tickets open at 10AM KST.") == []


def test_a_group_named_like_a_clock_time_is_the_group_elsewhere(tagger: Tagger) -> None:
    assert ids(tagger, "2PM's Junho thanked 2PM fans after the concert.") == ["2pm", "junho-2pm"]


def test_a_lesser_known_one_word_name_that_is_no_english_word_needs_no_evidence(tagger: Tagger) -> None:
    ids = {m.artist_id for m in tagger.tag("Drama\n\nRowoon will star in a thriller, and Penomeco produced its theme.")}
    assert {"rowoon", "penomeco"} <= ids


def test_a_one_word_name_that_is_also_an_english_word_still_needs_evidence(tagger: Tagger) -> None:
    assert "dean" not in {m.artist_id for m in tagger.tag("Campus\n\nDean of students will speak at the event.")}


def test_a_streaming_service_is_no_artist_but_the_idol_of_the_same_name_still_is(tagger: Tagger) -> None:
    assert tagger.tag("Drama\n\nThe series will stream on Viki and TVING next month.") == []
    assert "viki" in {m.artist_id for m in tagger.tag("Reunion\n\nDal Shabet's Viki joined the show.")}


def test_a_role_word_opening_a_sentence_after_a_closing_quote_vouches_for_the_name(tagger: Tagger) -> None:
    text = "Cover\n\nKISS OF LIFE's Natty wrote, \"I am framing this.\" Bandmate Julie also showed up in the comments."
    assert "julie" in {m.artist_id for m in tagger.tag(text)}


@pytest.mark.parametrize("role", ["violinist", "cellist", "bassist", "saxophonist", "lyricist", "beatboxer"])
def test_a_musician_introduced_by_an_instrument_or_craft_is_a_provisional_artist(tagger: Tagger, role: str) -> None:
    text = f"Festival\n\nThe two harmonized while {role} Ayla Brooks played the bridge between them."
    assert "new:ayla-brooks" in {m.artist_id for m in tagger.tag(text)}


def test_the_next_storys_teaser_under_a_footnoted_source_line_names_nobody(tagger: Tagger) -> None:
    text = ("Follow\n\nKang Daniel followed Ong Seong-wu again.\n\n    Source[1]\n\n"
            "  • Lee Jung Jae and Jung Woo Sung spotted at a golf course\n\n"
            "    Actors Lee Jung Jae and Jung Woo Sung were seen together over the weekend.\n")
    assert {m.artist_id for m in tagger.tag(text)} == {"kang-daniel", "seongwu"}


def test_a_bare_korean_surname_is_never_an_idol_of_that_stage_name(tagger: Tagger) -> None:
    # VVUP has a member called Kim; "Kim's agency" is the actress named in full before
    text = "Rumours\n\nActress Kim Yoo-jung was seen with Jaehyun. Kim's agency said the photo was old."
    assert "kim" not in {m.artist_id for m in tagger.tag(text)}


def test_a_headlines_preposition_is_no_idol_of_that_name(tagger: Tagger) -> None:
    text = "JYP Denies Report That ITZY's Ryujin Is Featured On Awich's New Album\n\nThe agency denied it."
    assert "on-t1419" not in {m.artist_id for m in tagger.tag(text)}


def test_a_spaced_given_name_after_a_korean_family_name_is_that_persons(tagger: Tagger) -> None:
    text = "Rookies\n\nZICO followed rookie rapper Noh Ha Eun on Instagram."
    ids = {m.artist_id for m in tagger.tag(text)}
    assert "yeah" not in ids and "new:noh-ha-eun" in ids


def test_a_listicle_count_is_no_member_of_seventeen(tagger: Tagger) -> None:
    assert tagger.tag("The 8 Best Female Vocalists In K-Pop Right Now\n\nFans voted for their top eight.") == []


def test_a_name_written_in_its_own_bracketed_styling_needs_no_evidence(tagger: Tagger) -> None:
    assert "fx" in {m.artist_id for m in tagger.tag("Encore\n\nThe rookies pulled out f(x)'s \"Electric Shock\".")}
    assert tagger.tag("Math\n\nLet F X be the set of all songs.") == []


def test_a_group_styled_in_lower_case_is_found_as_written(tagger: Tagger) -> None:
    text = "Drama\n\nKim Se-jeong debuted as a member of the girl group gugudan in 2016."
    assert "gugudan" in {m.artist_id for m in tagger.tag(text)}


def test_a_cast_list_after_members_include_names_provisional_actors(tagger: Tagger) -> None:
    text = "Drama\n\nOther cast members include Baek Ji-won, Ryu Tae-ho and Jung Ji-so."
    assert {"new:baek-ji-won", "new:ryu-tae-ho"} <= {m.artist_id for m in tagger.tag(text)}


def test_a_feed_excerpts_continue_reading_trailer_names_nobody_new(tagger: Tagger) -> None:
    text = ("Truck\n\nThe truck served hot tteokbokki and fish cake soup, and… Continue reading TWICE's Jihyo Sends "
            "Food Truck To Park Eun Bin's Set The post TWICE's Jihyo Sends Food Truck appeared first on Soompi.")
    assert tagger.tag(text) == []


def test_the_rest_of_a_cast_list_after_star_and_a_known_actor_are_provisional_actors(tagger: Tagger) -> None:
    text = "Drama\n\nThe drama will also star Kwak Dong Yeon, Park Ji Hu, and Kim Hae Sook."
    assert {"new:park-ji-hu", "new:kim-hae-sook"} <= {m.artist_id for m in tagger.tag(text)}


def test_a_football_star_is_no_provisional_artist(tagger: Tagger) -> None:
    text = "Concert\n\nA video message from football star Son Heung-min was played on the big screens."
    assert tagger.tag(text) == []


def test_a_broadcaster_owning_a_show_is_no_provisional_artist(tagger: Tagger) -> None:
    text = "Trot\n\nThe two singers both rose to fame through TV Chosun's \"Mr. Trot\" in 2020."
    assert tagger.tag(text) == []


def test_a_well_known_ordinary_word_name_capitalized_mid_sentence_is_the_artist(tagger: Tagger) -> None:
    text = "Awards\n\nAccepting his award, Zico used part of his speech to thank Crush, who always picks up his calls."
    assert "crush" in {m.artist_id for m in tagger.tag(text)}


def test_a_capitalized_season_or_a_sentence_start_is_no_artist(tagger: Tagger) -> None:
    assert "winter" not in {m.artist_id for m in tagger.tag("Fashion\n\nBTS' V attended Celine's Winter 2026 show.")}
    assert "crush" not in {m.artist_id for m in tagger.tag("Love\n\nCrush on a classmate? Fans shared stories.")}


def test_an_ordinary_word_name_owning_an_encore_concert_is_the_artist(tagger: Tagger) -> None:
    text = "Concert\n\nCrush's encore concert in Seoul had a surprise guest."
    assert "crush" in {m.artist_id for m in tagger.tag(text)}


def test_a_former_members_press_spelling_is_her(tagger: Tagger) -> None:
    assert ids(tagger, "Fin.K.L's Ok Joo Hyun left a card for VIXX's Leo.") == ["fin-k-l", "ock-joo-hyun", "vixx",
                                                                                   "leo-vixx"]


def test_a_name_inside_a_two_word_all_caps_song_title_is_not_the_artist(tagger: Tagger) -> None:
    assert ids(tagger, "KATSEYE's Manon and Lara take on j-hope's MONA LISA challenge.") == [
        "katseye", "manon", "lara-katseye", "j-hope"]


def test_a_name_in_an_all_caps_shout_is_still_the_artist(tagger: Tagger) -> None:
    text = 'TWICE\'s Nayeon liked it. aespa\'s Giselle wrote, "NAYEON SUNBAENIM LIKED MY VIDEO" on Weverse.'
    assert [m.surface for m in tagger.tag(text) if m.artist_id == "nayeon"] == ["Nayeon", "NAYEON"]


def test_an_ordinary_word_name_before_a_work_noun_in_a_headline_is_the_word(tagger: Tagger) -> None:
    assert ids(tagger, 'Taeyeon And 10CM Team Up For Winter Duet "Paper Lantern"') == ["taeyeon", "10cm"]


def test_a_groups_possessive_keeps_its_members_ordinary_word_name_before_a_work_noun(tagger: Tagger) -> None:
    assert "winter" in ids(tagger, "aespa's Winter Duet With Taeyeon Tops Charts")


def test_a_2pm_members_spaced_full_name_is_him(tagger: Tagger) -> None:
    assert ids(tagger, "Ok Taec Yeon's mystery thriller dipped in the ratings.") == ["taecyeon"]


def test_a_nationality_before_a_role_is_never_a_newcomer(tagger: Tagger) -> None:
    ms = tagger.tag("WayV's Ten uploaded a dance video featuring Thai actor and singer PP Krit. He wrote in Thai.")
    assert "new:thai" not in {m.artist_id for m in ms}


def test_a_number_word_name_before_a_unit_is_the_number(tagger: Tagger) -> None:
    assert ids(tagger, "WayV's Ten posted a photo. Ten years later, the group is still together.") == ["wayv", "ten"]
    assert [m.surface for m in tagger.tag("WayV's Ten posted. Ten years later it is big.")] == ["WayV", "Ten"]


def test_names_in_name_then_date_headings_are_content(tagger: Tagger) -> None:
    text = ("K-Pop Class Of 2016\n\nTen years ago, many groups debuted.\n\nI.O.I – May 4\n\nThe project group born "
            "from a survival show only promoted for a year, but its alumni list is staggering today.\n\n"
            "gugudan – June 28\n\nJellyfish Entertainment's girl group debuted with a concept single and disbanded.")
    got = ids(tagger, text)
    assert "i-o-i" in got and "gugudan" in got and "ten" not in got


def test_a_lower_case_styled_vocalist_and_her_band_are_tagged(tagger: Tagger) -> None:
    assert ids(tagger, "The track features youjeen, the vocalist of the rock band Cherry Filter.") == [
        "youjeen-cherry-filter", "cherry-filter"]


def test_a_japanese_name_in_japanese_order_is_the_person(tagger: Tagger) -> None:
    assert "rino-sashihara" in ids(tagger, "Sakura reunited with her former HKT48 senior Sashihara Rino.")


@pytest.mark.parametrize(("text", "artist"), [
    ("KISS OF LIFE's Natty did the dance with Charli xcx on TikTok.", "charli-xcx"),
    ("The line-up also featured Tyler, the Creator and Chappell Roan.", "tyler-the-creator"),
    ("SEVENTEEN's sub-unit BSS released a single.", "bss"),
    ("Han So Hee sent a food truck to her close friend Jeon Jong Seo.", "jeon-jong-seo"),
])
def test_artists_in_their_own_styling_and_newly_added_are_tagged(tagger: Tagger, text: str, artist: str) -> None:
    assert artist in ids(tagger, text)


def test_a_weekdays_possessive_is_the_day_not_a_group(tagger: Tagger) -> None:
    assert "saturday" not in ids(tagger, "The loudest cheers of Saturday's Golden Disc Awards went to Epik High.")


def test_a_compound_nationality_is_never_a_newcomer(tagger: Tagger) -> None:
    ids_ = ids(tagger, "KISS OF LIFE's Natty has caught the attention of none other than South African superstar Tyla!")
    assert not any(i.startswith("new:south") for i in ids_)


def test_an_ordinary_word_name_that_took_to_instagram_is_the_person(tagger: Tagger) -> None:
    assert "boom" in ids(tagger, "On December 7, Boom took to Instagram to share photos of a scarf from SHINee's Key.")


def test_hitmaker_is_a_role_cue_that_vouches_for_a_name(tagger: Tagger) -> None:
    assert "kenzie" in ids(tagger, "The B-side was composed by SM hitmaker Kenzie.")
    assert "new:mira-solberg" in ids(tagger, "The B-side was composed by hitmaker Mira Solberg.")


def test_a_formula_1_star_is_an_athlete_not_a_newcomer(tagger: Tagger) -> None:
    assert "new:lewis-hamilton" not in ids(tagger, "Formula 1 star Lewis Hamilton followed BTS' V on Instagram.")


def test_a_possessive_nickname_in_a_quote_is_no_newcomer(tagger: Tagger) -> None:
    text = 'Sooyoung posted a photo, writing, "Our Taeng, the best vocalist in the world."'
    assert not any(i.startswith("new:") for i in ids(tagger, text))


@pytest.mark.parametrize(
    ("text", "artist"),
    [
        ("Apink's Jeong Eun Ji sang the OST.", "eunji-apink"),  # the roster spells her Jung Eun-ji
        ("Suh Chang-bin wrote the lyrics.", "changbin"),  # the roster spells him Seo Changbin
    ],
)
def test_a_surname_spelled_two_ways_finds_the_artist_either_way(tagger: Tagger, text: str, artist: str) -> None:
    assert artist in ids(tagger, text)


def test_initials_are_part_of_a_newcomers_name(tagger: Tagger) -> None:
    assert "new:a-g-cook" in ids(tagger, "Fans had linked BABYMONSTER to producer A.G. Cook after a studio photo.")


def test_a_name_addressed_with_ssi_after_a_role_is_no_newcomer(tagger: Tagger) -> None:
    text = "Jin wrote, \"Thank you for taking care of this rookie actor, Youn Jung-ssi.\""
    assert not any(i.startswith("new:") for i in ids(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "TXT's Taehyun and Lauv release dreamy duet Paper Planes; fans are delighted",
        "The list included a song titled \"Paper Planes\" and a ballad.",
    ],
)
def test_a_name_right_after_duet_or_titled_is_the_songs_title(tagger: Tagger, text: str) -> None:
    assert "paper-planes" not in ids(tagger, text)


def test_a_place_adjective_before_a_credited_role_is_no_newcomer(tagger: Tagger) -> None:
    assert ids(tagger, "The single was produced by Seoul-based producer Chae Ha-eun.") == ["new:chae-ha-eun"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("BTS's Jin Sends Kian84 A Handmade Gift, And His Reaction Is Priceless", "kian84"),
        ("BTS's Jin Crashed Jungkook's Birthday Weverse Live", "jungkook"),
    ],
)
def test_a_surname_like_stage_name_and_a_verb_in_a_headline_make_no_korean_full_name(
    tagger: Tagger, text: str, who: str
) -> None:
    assert who in ids(tagger, text)


@pytest.mark.parametrize(
    "text",
    [
        "V and Park Seo-joon co-starred in the 2016 KBS historical drama Hwarang: The Poet Warrior Youth.",
        "Lauv and Jeon Somi performed their recent duet, Paper Planes, live. \"Paper Planes forever,\" she wrote.",
    ],
)
def test_a_drama_or_song_title_and_its_later_mentions_are_no_artists(tagger: Tagger, text: str) -> None:
    assert not {"hwarang-spectrum", "paper-planes"} & set(ids(tagger, text))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Choreographer KN made the dance. The choreographer of the song, KN, was thrilled. KN posted the chat.",
         "kn"),
        ("An online community post titled \"ZICO is following 0 people right now\" spread. ZICO stayed silent.",
         "zico"),
        ("IU Sends Snack Truck To Park Bo Gum On The Set Of His New Drama\n\nIU has cheered on her co-star.", "iu"),
    ],
)
def test_a_person_next_to_a_work_word_is_still_named(tagger: Tagger, text: str, who: str) -> None:
    assert [m.artist_id for m in tagger.tag(text)].count(who) == text.count(who.upper())


def test_a_full_name_shared_by_two_idols_goes_to_the_one_known_by_it(tagger: Tagger) -> None:
    # Wanna One's Park Ji-hoon, a soloist and actor, is known by his full name; TREASURE's Jihoon by "Jihoon"
    assert ids(tagger, "Park Ji Hoon starred in the drama.") == ["jihoon-wanna-one"]
    assert "jihoon-treasure" in ids(tagger, "TREASURE's Jihoon sang the chorus.")


def test_a_clock_named_group_with_a_possessive_is_the_group(tagger: Tagger) -> None:
    # "and 2PM" after a time word reads as a time of day; "2PM's Lee Jun-ho" never does
    assert "2pm" in ids(tagger, "Girls' Generation's Yoona and 2PM's Lee Jun-ho will star together.")
    assert ids(tagger, "The show starts at 2PM KST.") == []


def test_a_well_known_two_letter_group_needs_no_member_beside_it(tagger: Tagger) -> None:
    assert ids(tagger, "Japan-based XG were formed in Tokyo.") == ["xg"]


def test_a_well_known_rapper_named_loco_counts_when_capitalised_mid_sentence(tagger: Tagger) -> None:
    assert "loco" in ids(tagger, "It was fun. Jay Park's former labelmate Loco chimed in underneath.")
    assert "loco" not in ids(tagger, "It was fun. He went a bit loco after the show.")


def test_indian_stars_covered_beside_k_pop_are_in_the_roster(tagger: Tagger) -> None:
    assert "diljit-dosanjh" in ids(tagger, "It was fun. GOT7's Jackson Wang crashed Diljit Dosanjh's Mumbai concert.")
    assert ids(tagger, "It was fun. Alia Bhatt revealed she had binge-watched the drama.") == ["alia-bhatt"]


@pytest.mark.parametrize(("text", "unit", "member"), [
    ("MISAMO's Sana opened the show in Tokyo.", "misamo", "sana"),
    ("Super Junior-D&E's Eunhyuk hosted the stream.", "super-junior-d-e", "eunhyuk"),
])
def test_sub_units_the_press_names_on_their_own_are_groups_of_their_members(
    tagger: Tagger, text: str, unit: str, member: str
) -> None:
    assert ids(tagger, text) == [unit, member]


def test_infinites_leader_is_tagged_in_the_sunggyu_spelling(tagger: Tagger) -> None:
    assert "sungkyu" in ids(tagger, "INFINITE's Sunggyu sang the opening verse.")


def test_exo_cbx_is_tagged_by_its_short_name_beside_its_members(tagger: Tagger) -> None:
    assert "exo-cbx" in ids(tagger, "Xiumin said Chen, his CBX unit-mate, still texts him daily.")


def test_a_time_of_day_before_a_role_word_is_no_newcomer(tagger: Tagger) -> None:
    ids_ = ids(tagger, "At 6 PM KST, the singer released a single featuring aespa's Winter.")
    assert ids_ == ["aespa", "winter"]


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Running Man\n\nJee Seok Jin arrived first.", "ji-suk-jin"),
        ("Film\n\nActor Park Jung Min thanked the crew.", "park-jung-min"),
    ],
)
def test_variety_regulars_and_actors_the_press_names_are_in_the_roster(
    tagger: Tagger, text: str, aid: str
) -> None:
    assert aid in {m.artist_id for m in tagger.tag(text)}


def test_an_ordinary_word_inside_shouted_capitals_is_no_artist(tagger: Tagger) -> None:
    # "LOVE" is also OnlyOneOf's Love; a run of three capitalised words is shouting, not her styling
    assert ids(tagger, 'Jihyo replied, "WE LOVE YOU MORE!!! see you soon."') == ["jihyo-twice"]


def test_a_doubled_name_is_a_song_title(tagger: Tagger) -> None:
    assert ids(tagger, "DAY6's Young K covered BIGBANG's 2008 hit Haru Haru on KBS.") == ["day6", "young-k", "bigbang"]


@pytest.mark.parametrize("text", [
    "Gong Yoo played the immortal Kim Shin in the drama.",
    "Last year, Ahn Hyo Seop voiced Jinu in the animated film.",
    "In the film, Dahyun plays Seon Ah, the model student.",
])
def test_the_part_an_actor_plays_is_no_artist(tagger: Tagger, text: str) -> None:
    assert len(ids(tagger, text)) == 1


@pytest.mark.parametrize(("text", "aid"), [
    ("Her boyfriend in the film is played by Park Jeong-min.", "park-jung-min"),
    ("Song Kang played opposite Han So-hee in the drama.", "han-so-hee"),
    ("Hyoyeon played the video message for Taeyeon on her phone.", "taeyeon"),
    ("The DJ played Jennie's new single twice.", "jennie"),
])
def test_a_name_after_played_that_is_no_part_is_still_the_artist(tagger: Tagger, text: str, aid: str) -> None:
    assert aid in ids(tagger, text)


def test_one_shouted_english_word_is_emphasis_not_a_minor_idol(tagger: Tagger) -> None:
    # XODIAC's Sing is styled "Sing": a lone "SING" in mixed-case text is the verb, shouted
    assert ids(tagger, 'Charlie Puth reposted the clip, writing "this guy can SING."') == ["charlie-puth"]


@pytest.mark.parametrize(("text", "aid"), [
    ("Hongjoong wrote the lyrics, while EDEN, the producer behind most of ATEEZ's hits, made the beat.", "eden"),
    ("The festival closed with CRUSH, the R&B singer behind \"Rush Hour,\" on the main stage.", "crush"),
])
def test_a_shouted_ordinary_word_name_counts_with_an_artist_cue(tagger: Tagger, text: str, aid: str) -> None:
    assert aid in ids(tagger, text)


def test_a_group_styled_in_capitals_still_counts_inside_a_run_of_capitals(tagger: Tagger) -> None:
    assert ids(tagger, "Fans packed the stadium for the SEVENTEEN RIGHT HERE tour on Sunday.") == ["seventeen"]


def test_a_sentence_adverb_before_an_apposition_is_no_newcomer(tagger: Tagger) -> None:
    assert ids(tagger, "Afterwards, the actress told reporters she had enjoyed the night.") == []


def test_a_well_known_ordinary_word_name_opening_a_sentence_before_a_persons_act_counts(tagger: Tagger) -> None:
    # "Crush made an unannounced appearance": a bare singular noun would need its article
    assert ids(tagger, "Crush made an unannounced appearance on the show.") == ["crush"]
    assert ids(tagger, "Crush was one of the first to comment.") == ["crush"]


def test_an_ordinary_word_opening_a_sentence_without_a_persons_act_is_no_artist(tagger: Tagger) -> None:
    assert ids(tagger, "Crush culture is a big part of the fandom.") == []
    assert ids(tagger, "Love joined the two families.") == []


def test_western_bands_producers_and_new_groups_from_the_blind_sets_are_known(tagger: Tagger) -> None:
    assert ids(tagger, "Linkin Park's Mike Shinoda praised Tablo.") == ["linkin-park", "mike-shinoda", "tablo"]
    assert ids(tagger, "The ballad was produced by Song Dong-woon.") == ["song-dong-woon"]
    assert ids(tagger, "Kim Jae-joong cooked for SAY MY NAME.") == ["jaejoong", "say-my-name"]


@pytest.mark.parametrize(
    "text", ["IVE fans cheered. Thank you, Wonyoung-ssi!", "IVE fans cheered. Wonyoung-ah, well done."]
)
def test_a_form_of_address_after_a_whole_stage_name_keeps_the_name(tagger: Tagger, text: str) -> None:
    assert "wonyoung" in ids(tagger, text)


def test_a_syllable_after_a_short_given_name_is_still_a_longer_name(tagger: Tagger) -> None:
    assert "jin" not in ids(tagger, "BTS fans cheered for Park Jin-ah, a rookie actress.")


@pytest.mark.parametrize("text", ["ASTRO's Jinjin sent a coffee truck.", "ASTRO's JinJin sent a coffee truck."])
def test_a_doubled_stage_name_is_also_tagged_written_as_one_word(tagger: Tagger, text: str) -> None:
    assert "jin-jin" in ids(tagger, text)


@pytest.mark.parametrize(("text", "artist"), [("YB released a new single.", "yb"),
                                              ("Balming Tiger released a new single.", "balming-tiger")])
def test_well_known_bands_are_tagged_without_a_role_word(tagger: Tagger, text: str, artist: str) -> None:
    assert artist in ids(tagger, text)


@pytest.mark.parametrize("text", ["&TEAM's EJ waved from the crowd.", "The line-up includes &TEAM, CRAVITY and ILLIT."])
def test_a_name_that_starts_with_a_symbol_is_tagged_as_written(tagger: Tagger, text: str) -> None:
    assert "and-team" in ids(tagger, text)


def test_the_common_word_left_when_a_symbol_is_dropped_is_no_name(tagger: Tagger) -> None:
    assert "and-team" not in ids(tagger, "The team celebrated its first win together.")


def test_haha_written_with_a_capital_mid_sentence_is_the_entertainer(tagger: Tagger) -> None:
    assert "haha" in ids(tagger, "Yoo Jae-suk laughed while Haha hid in the haunted house.")
    assert "haha" not in ids(tagger, "The fans wrote haha under the clip.")


def test_a_name_written_again_in_hangul_brackets_is_the_same_person(tagger: Tagger) -> None:
    # (민재 and 예찬 alone could be members of other groups)
    text = "xikers members Minjae (민재) and Yechan (예찬) started the routine."
    assert ids(tagger, text) == ["xikers", "minjae-xikers", "yechan-xikers"]


def test_a_provisional_name_takes_the_roster_artist_its_hangul_names(tagger: Tagger) -> None:
    text = "The show is hosted by comedian Jeon Hyun-moo (전현무). Later Jeon Hyun-moo agreed."
    assert ids(tagger, text) == ["jun-hyun-moo"]


def test_a_group_in_hangul_brackets_after_a_member_stays_the_group(tagger: Tagger) -> None:
    assert ids(tagger, "Wonhee (아일릿) smiled.")[-1] == "illit"
