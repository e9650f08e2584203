from __future__ import annotations

import re

from bot.rxfast import lead

_TEXTS = [
    "Jungkook followed Heon Seo on TikTok, and the singer did not unfollow her.",
    "FOLLOWED? “Liked” it — ‘fans of’ BTS' V... İnstagram, ſtill, Kelvin \u212a; 정국이 팔로우",
    "",
    "the the the",
    "no one liked it\n\nBy Jane Doe",
]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    for t in _TEXTS:
        assert [(m.span(), m.groups()) for m in a.finditer(t)] == [(m.span(), m.groups()) for m in b.finditer(t)]
        for pos in range(0, len(t) + 1, 7):
            ma, mb = a.search(t, pos), b.search(t, pos)
            assert (ma and ma.span()) == (mb and mb.span())


def test_lead_puts_a_first_character_lookahead_in_front() -> None:
    rx = re.compile(r"(?i:\b(?:follow\w*|liked))")
    fast = lead(rx)
    assert fast.pattern.startswith("(?=")
    _same(rx, fast)


def test_lead_keeps_case_insensitive_special_letters() -> None:
    rx = re.compile(r"(?i:\binstagram|\bstill\b|\bkelvin)")
    _same(rx, lead(rx))


def test_lead_keeps_groups_and_lookbehinds() -> None:
    rx = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he)(?![\w'’])|\"([^\"]{2,}?)\"|“([^”]{2,}?)”")
    _same(rx, lead(rx))


def test_lead_leaves_patterns_that_can_match_empty_alone() -> None:
    rx = re.compile(r"(?<=[a-z]{3}\.)(?=[A-Z][a-z])|x*")
    assert lead(rx) is rx


def test_lead_leaves_patterns_it_cannot_analyse_alone() -> None:
    rx = re.compile(r".follow")
    assert lead(rx) is rx
