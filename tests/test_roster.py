"""Roster data and lookups, on the packaged roster.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.roster import Artist, Roster, fold


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster.load()


def test_packaged_roster_loads(roster: Roster) -> None:
    assert len(roster) > 1000
    assert roster.get("bts") is not None


def test_roster_has_at_least_150_groups_with_members(roster: Roster) -> None:
    groups = [a for a in roster if a.kind == "group" and roster.members_of(a.id)]
    assert len(groups) >= 150


def test_recent_groups_have_their_members(roster: Roster) -> None:
    for gid, member in [("illit", "Wonhee"), ("tws", "Shinyu"), ("riize", "Wonbin"), ("nct-wish", "Sion"),
                        ("babymonster", "Ahyeon"), ("zerobaseone", "Zhang Hao"), ("kiss-of-life", "Natty"),
                        ("boynextdoor", "Leehan")]:
        names = {m.name for m in roster.members_of(gid)}
        assert member in names, gid


def test_member_lists_group_and_group_lists_member(roster: Roster) -> None:
    jk = roster.get("jungkook")
    assert jk is not None and "bts" in jk.groups
    bts = roster.get("bts")
    assert bts is not None and "jungkook" in bts.members


def test_former_members_are_marked_separately(roster: Roster) -> None:
    top = roster.find("T.O.P")[0]
    assert "bigbang" in top.former_groups
    assert "bigbang" not in top.groups


def test_sub_unit_members_also_belong_to_the_parent_group(roster: Roster) -> None:
    jeno = roster.get("jeno")
    assert jeno is not None
    assert {"nct-dream", "nct"} <= set(jeno.groups)


def test_people_carry_the_gender_their_sources_give(roster: Roster) -> None:
    genders = {i: (a.gender if (a := roster.get(i)) else "absent") for i in ("jungkook", "jennie", "gong-yoo")}
    assert genders == {"jungkook": "m", "jennie": "f", "gong-yoo": "m"}


def test_members_take_the_gender_of_a_group_the_overrides_class(roster: Roster) -> None:
    lara, bts = roster.get("lara-katseye"), roster.get("bts")
    assert lara is not None and lara.gender == "f"
    assert bts is not None and bts.gender is None  # groups carry none: a pronoun is a person


@pytest.mark.parametrize(("unit", "parent"), [("bss", "seventeen"), ("exo-cbx", "exo"), ("vixx-lr", "vixx")])
def test_sub_units_the_sources_list_alone_know_their_parent_group(roster: Roster, unit: str, parent: str) -> None:
    got = roster.get(unit)
    assert got is not None and parent in got.groups


def test_group_carries_fandom_name(roster: Roster) -> None:
    bts = roster.get("bts")
    assert bts is not None and bts.fandom == "ARMY"


def test_find_matches_spacing_case_and_hangul_variants(roster: Roster) -> None:
    for q in ("Jung Kook", "jeon jungkook", "JK", "정국"):
        assert roster.find(q)[0].id == "jungkook", q


def test_find_shared_stage_name_puts_most_prominent_first(roster: Roster) -> None:
    found = roster.find("Jisoo")
    assert len(found) > 1
    assert found[0].id == "jisoo-blackpink"


def test_search_prefix_for_autocomplete(roster: Roster) -> None:
    ids = [a.id for a in roster.search("jungk", limit=5)]
    assert ids[0] == "jungkook"


def test_search_fuzzy_for_did_you_mean(roster: Roster) -> None:
    ids = [a.id for a in roster.search("Jungkok", limit=5)]
    assert "jungkook" in ids


def test_search_hangul(roster: Roster) -> None:
    assert roster.search("블랙핑", limit=3)[0].id == "blackpink"


def test_groups_of_and_members_of(roster: Roster) -> None:
    assert [g.id for g in roster.groups_of("jungkook")] == ["bts"]
    assert {m.id for m in roster.members_of("bts")} >= {"jungkook", "v", "jimin", "rm", "jin", "suga", "j-hope"}


def test_epithets_are_kept_per_artist(roster: Roster) -> None:
    jk = roster.get("jungkook")
    assert jk is not None and "Golden Maknae" in jk.epithets


def test_load_from_explicit_path(tmp_path: Path) -> None:
    data = {"version": 1, "artists": [
        {"id": "x", "name": "Xavi", "kind": "soloist", "aliases": ["Xa Vi"], "prominence": 3},
    ]}
    p = tmp_path / "r.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    r = Roster.load(p)
    assert r.find("xavi") == [Artist(id="x", name="Xavi", kind="soloist", aliases=("Xa Vi",), prominence=3.0)]


def test_fold_ignores_case_accents_spaces_and_punctuation() -> None:
    assert fold("Rosé") == fold("ROSE") == "rose"
    assert fold("Han So-hee") == fold("han sohee")
    assert fold("정국") == "정국"


def test_artist_ref_carries_display_name_and_groups(roster: Roster) -> None:
    a = roster.get("jungkook")
    assert a is not None
    ref = a.ref()
    assert (ref.id, ref.name, ref.kind, ref.groups) == ("jungkook", "Jungkook", "member", ("bts",))


REPO = Path(__file__).resolve().parent.parent
SHARED_ROSTER = REPO.parent / "shared" / "data" / "roster"


def test_every_artist_in_the_seed_labels_is_in_the_roster(roster: Roster) -> None:
    missing = []
    for label in sorted((REPO / "tests" / "data" / "seeds_labels").glob("*.json")):
        for a in json.loads(label.read_text(encoding="utf-8"))["artists"]:
            if not any(roster.find(n) for n in (a["name"], *a["aliases"])):
                missing.append(a["name"])
    assert missing == []


@pytest.mark.skipif(not SHARED_ROSTER.is_dir(), reason="needs ../shared/data/roster")
def test_committed_roster_is_what_the_build_script_makes(tmp_path: Path) -> None:
    """Deterministic build, and nobody edited overrides.toml without rebuilding roster.json."""
    import subprocess
    import sys

    pytest.importorskip("wordfreq", reason="the build's word list comes with the roster extra")

    out = tmp_path / "roster.json"
    run = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_roster.py"), str(SHARED_ROSTER), "--out", str(out)],
        check=True, capture_output=True, text=True)
    assert "override" not in run.stderr  # every hand-kept override found the idol or group it names
    assert out.read_bytes() == (REPO / "bot" / "data" / "roster.json").read_bytes()


def test_western_collaborators_and_english_stage_names_are_known(roster: Roster) -> None:
    # Idols are often credited abroad under an English name; Western stars appear as collaborators.
    assert roster.find("Tiffany Young")[0].id == "tiffany"
    assert roster.find("Joohoney")[0].id == "jooheon"
    assert roster.find("Hyolyn")[0].id == "hyorin"
    for name in ("Morgan Wallen", "Niall Horan", "Imagine Dragons", "Steven Yeun"):
        assert roster.find(name), name


def test_soloists_and_groups_of_every_generation_are_known(roster: Roster) -> None:
    for name in ("WOODZ", "Fin.K.L", "Sechs Kies", "Kangta", "Eric Nam", "PROWDMON"):
        assert roster.find(name), name
    assert "fin-k-l" in roster.find("Lee Hyori")[0].former_groups


def test_only_names_no_english_word_list_knows_are_marked_not_words(roster: Roster) -> None:
    # "T.R.I.B.E" folds to "tribe" and "I-DLE" to "idle": ordinary words however the group styles them
    assert {"rowoon", "penomeco", "gugudan"} <= roster.not_words
    assert not {"dean", "tribe", "idle", "hope", "winter", "dana"} & roster.not_words


def test_a_sub_unit_knows_its_parent_group(roster: Roster) -> None:
    unit = roster.get("3racha")
    assert unit is not None and "stray-kids" in unit.groups
