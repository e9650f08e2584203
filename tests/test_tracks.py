"""Which song of a record a guest is credited on (bot.tracks), read off one sentence."""

from __future__ import annotations

from bot import tracks


def songs_of(sentence: str, *names: str) -> list[int | None]:
    spans = sorted((sentence.index(n), sentence.index(n) + len(n)) for n in names)
    return tracks.sentence_songs(sentence, 0, len(sentence), spans)


def test_a_guest_after_featuring_is_on_the_title_before() -> None:
    s = 'It includes "New Woman" featuring Rosalía and "Rapunzel" featuring Megan Thee Stallion.'
    assert songs_of(s, "Rosalía", "Megan Thee Stallion") == [0, 1]


def test_a_guest_before_features_on_is_on_the_title_after() -> None:
    s = 'Doechii features on "ExtraL," while Dominic Fike joins her on "Love Hangover."'
    assert songs_of(s, "Doechii", "Dominic Fike") == [0, 1]


def test_a_coordinated_guest_shares_the_song_of_the_one_before() -> None:
    s = 'Its guests are "Handlebars" with Dua Lipa and "Damn Right" with Childish Gambino and Kali Uchis.'
    assert songs_of(s, "Dua Lipa", "Childish Gambino", "Kali Uchis") == [0, 1, 1]


def test_a_possessive_owner_is_no_guest() -> None:
    s = 'Jungkook\'s "Seven" with Latto and Jimin\'s "Smeraldo Garden" with Loco are on repeat.'
    assert songs_of(s, "Jungkook", "Latto", "Jimin", "Loco") == [None, 0, None, 1]


def test_one_title_tells_nothing_apart() -> None:
    s = '"Damn Right" features both Childish Gambino and Kali Uchis.'
    assert songs_of(s, "Childish Gambino", "Kali Uchis") == [None, None]


def test_a_title_that_features_or_brings_in_guests_credits_the_names_after_it() -> None:
    s = "'Handlebars' features Dua Lipa, 'Damn Right' brings in Childish Gambino and Kali Uchis."
    assert songs_of(s, "Dua Lipa", "Childish Gambino", "Kali Uchis") == [0, 1, 1]


def test_a_guest_enlisted_for_a_title_is_on_that_title() -> None:
    s = 'Jennie enlisted Childish Gambino and Kali Uchis for "Damn Right," Doechii for "ExtraL."'
    assert songs_of(s, "Childish Gambino", "Kali Uchis", "Doechii") == [0, 0, 1]
