"""Evaluation against labelled story files, and the `biasbot classify` output objects."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from bot.classify import Classifier
from bot.evaluate import Score, classify_paths, main_classify, main_eval, render_table, run_eval

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_LABELS = REPO / "tests" / "data" / "seeds_labels"


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier()


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    (tmp_path / "labels").mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    for p in SEED_LABELS.glob("*.json"):
        shutil.copy(p, tmp_path / "labels" / p.name)
    return tmp_path


def test_eval_on_the_seeds_scores_high(seeds_dir: Path, clf: Classifier) -> None:
    report = run_eval(seeds_dir, classifier=clf)
    assert report.files == 3
    assert report.artists.f1 >= 0.95
    assert report.pairs.f1 >= 0.85
    assert report.headlines.f1 >= 0.95
    assert report.type_accuracy >= 0.75
    assert report.story_accuracy == 1.0


def test_eval_prints_every_metric(seeds_dir: Path, clf: Classifier) -> None:
    out = io.StringIO()
    run_eval(seeds_dir, out=out, classifier=clf)
    text = out.getvalue()
    for word in ("artists", "pairs", "headline pairs", "type accuracy", "interaction_story"):
        assert word in text
    assert "P " in text and "R " in text and "F1 " in text


def test_verbose_eval_lists_misses_and_false_hits(seeds_dir: Path, clf: Classifier) -> None:
    label = seeds_dir / "labels" / "000_04606e88f67080f3.json"
    data = json.loads(label.read_text())
    data["artists"].append({"name": "Imaginary Idol", "aliases": []})
    data["interactions"].append(
        {"a": "Imaginary Idol", "b": "KN", "types": ["meet"], "platform": "other", "headline": False}
    )
    label.write_text(json.dumps(data))
    out = io.StringIO()
    run_eval(seeds_dir, verbose=True, out=out, classifier=clf)
    text = out.getvalue()
    assert "missed artist: Imaginary Idol" in text
    assert "missed pair: Imaginary Idol — KN" in text


def test_label_aliases_match_system_names(seeds_dir: Path, clf: Classifier) -> None:
    label = seeds_dir / "labels" / "002_b532b8b7ba964d6b.json"
    data = json.loads(label.read_text())
    for a in data["artists"]:
        if a["name"] == "Jennie":
            a["name"], a["aliases"] = "Kim Jennie", ["JENNIE"]
    for i in data["interactions"]:
        for k in ("a", "b"):
            if i[k] == "Jennie":
                i[k] = "Kim Jennie"
    label.write_text(json.dumps(data))
    report = run_eval(seeds_dir, classifier=clf)
    result = next(r for r in report.results if r.name.endswith("002_b532b8b7ba964d6b.txt"))
    assert "Kim Jennie" not in result.missed_artists
    assert not any("Kim Jennie" in m for m in result.missed_pairs)


def test_missing_story_file_is_reported_not_raised(seeds_dir: Path, clf: Classifier) -> None:
    (seeds_dir / "000_04606e88f67080f3.txt").unlink()
    report = run_eval(seeds_dir, classifier=clf)
    assert report.files == 2
    assert any(r.error for r in report.results)


def test_score_precision_recall_f1() -> None:
    s = Score(tp=8, fp=2, fn=8)
    assert s.precision == pytest.approx(0.8)
    assert s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)


def test_empty_score_is_perfect() -> None:
    assert Score().f1 == 1.0


def test_classify_paths_gives_the_json_contract(seeds_dir: Path, clf: Classifier) -> None:
    objs = list(classify_paths([seeds_dir], classifier=clf))
    assert [Path(o["path"]).name for o in objs] == sorted(p.name for p in SEEDS.glob("*.txt"))
    o = objs[0]
    assert set(o) == {"path", "title", "published", "url", "artists", "interactions", "interaction_story", "summary"}
    assert o["published"] == "2023-09-18"
    ids = {a["id"] for a in o["artists"]}
    assert all(set(a) == {"id", "name", "kind", "groups"} for a in o["artists"])
    for i in o["interactions"]:
        assert set(i) == {"a", "b", "types", "platform", "headline", "evidence", "directed"}
        assert i["a"] in ids and i["b"] in ids
    json.dumps(o)


def test_classify_paths_accepts_single_files(seeds_dir: Path, clf: Classifier) -> None:
    one = seeds_dir / "001_902e68cc48d3a238.txt"
    (obj,) = classify_paths([one], classifier=clf)
    assert obj["path"] == str(one)


def test_readable_table_names_artists_and_pairs(seeds_dir: Path, clf: Classifier) -> None:
    (obj,) = classify_paths([seeds_dir / "002_b532b8b7ba964d6b.txt"], classifier=clf)
    out = io.StringIO()
    render_table(obj, out)
    text = out.getvalue()
    assert "Jungkook — Jennie" in text or "Jennie — Jungkook" in text
    assert "summary:" in text


def test_main_classify_writes_one_json_line_per_story(seeds_dir: Path) -> None:
    out = io.StringIO()
    assert main_classify([str(seeds_dir)], as_json=True, out=out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert all(json.loads(line)["path"] for line in lines)


def test_main_eval_exits_zero(seeds_dir: Path) -> None:
    out = io.StringIO()
    assert main_eval(str(seeds_dir), verbose=False, out=out) == 0
    assert "interaction_story" in out.getvalue()


def test_main_classify_reports_a_missing_path(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main_classify([str(tmp_path / "nope.txt")], as_json=True, out=out) == 1
    assert out.getvalue() == ""


def test_unreadable_story_file_is_skipped(tmp_path: Path, clf: Classifier) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.txt").write_text("title: Lisa and Rose\n\nLisa met Rosé at a party in Seoul.\n")
    objs = list(classify_paths([tmp_path], classifier=clf))
    assert [Path(o["path"]).name for o in objs] == ["b.txt"]


def test_main_eval_pools_several_directories(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(seeds_dir, other, dirs_exist_ok=True)
    out = io.StringIO()
    assert main_eval([str(seeds_dir), str(other)], verbose=False, out=out) == 0
    assert "files: 6" in out.getvalue()


def test_main_eval_accepts_a_path(seeds_dir: Path) -> None:
    out = io.StringIO()
    assert main_eval(seeds_dir, verbose=False, out=out) == 0
    assert "files: 3" in out.getvalue()


def _one_story_set(tmp_path: Path, text: str, interaction: dict[str, object]) -> Path:
    (tmp_path / "labels").mkdir()
    (tmp_path / "001.txt").write_text(text, encoding="utf-8")
    label = {
        "file": "001.txt", "interaction_story": True,
        "artists": [{"name": "Jungkook", "aliases": []}, {"name": "BTS", "aliases": []},
                    {"name": "Jennie", "aliases": []}, {"name": "BLACKPINK", "aliases": []}],
        "interactions": [{"a": "Jungkook", "b": "Jennie", "types": ["follow"], "platform": "instagram",
                          "headline": True, **interaction}],
    }
    (tmp_path / "labels" / "001.json").write_text(json.dumps(label), encoding="utf-8")
    return tmp_path


_FOLLOW = "title: BTS' Jungkook follows BLACKPINK's Jennie\n\nBTS' Jungkook followed BLACKPINK's Jennie on Instagram.\n"


def _system_actor(clf: Classifier) -> str | None:
    cls = clf.classify("BTS' Jungkook follows BLACKPINK's Jennie",
                       "BTS' Jungkook followed BLACKPINK's Jennie on Instagram.")
    (it,) = [i for i in cls.interactions if {i.a, i.b} == {"jungkook", "jennie"}]
    return {"jungkook": "Jungkook", "jennie": "Jennie"}[it.a] if it.directed else None


def test_direction_counts_when_the_label_names_the_same_actor(tmp_path: Path, clf: Classifier) -> None:
    report = run_eval(_one_story_set(tmp_path, _FOLLOW, {"actor": _system_actor(clf)}), classifier=clf)
    assert (report.direction_exact, report.direction_total) == (1, 1)


def test_direction_error_is_listed_when_the_label_names_another_actor(tmp_path: Path, clf: Classifier) -> None:
    other = "Jennie" if _system_actor(clf) == "Jungkook" else "Jungkook"
    out = io.StringIO()
    report = run_eval(_one_story_set(tmp_path, _FOLLOW, {"actor": other}), verbose=True, out=out, classifier=clf)
    assert (report.direction_exact, report.direction_total) == (0, 1)
    assert f"direction: Jennie — Jungkook: expected {other} acts" in out.getvalue()


def test_pairs_without_an_actor_key_are_not_scored_for_direction(tmp_path: Path, clf: Classifier) -> None:
    out = io.StringIO()
    report = run_eval(_one_story_set(tmp_path, _FOLLOW, {}), out=out, classifier=clf)
    assert report.direction_total == 0 and "direction" not in out.getvalue()


def test_classify_json_says_whether_a_is_the_actor(clf: Classifier) -> None:
    (obj,) = classify_paths([SEEDS / "001_902e68cc48d3a238.txt"], classifier=clf)
    assert all(isinstance(i["directed"], bool) for i in obj["interactions"])


def test_a_system_artist_matches_the_label_of_its_own_name_before_one_of_its_aliases(
    tmp_path: Path, clf: Classifier
) -> None:
    # TVXQ's "U-Know Yunho" is also known as "Yunho", the label name of ATEEZ's Yunho listed first
    (tmp_path / "labels").mkdir()
    (tmp_path / "001.txt").write_text(
        "title: Namesakes\n\nATEEZ's Yunho met TVXQ's U-Know Yunho at the show.\n", encoding="utf-8")
    label = {
        "file": "001.txt", "interaction_story": True,
        "artists": [{"name": "Yunho", "aliases": []}, {"name": "U-Know Yunho", "aliases": []},
                    {"name": "ATEEZ", "aliases": []}, {"name": "TVXQ", "aliases": []}],
        "interactions": [],
    }
    (tmp_path / "labels" / "001.json").write_text(json.dumps(label), encoding="utf-8")
    out = io.StringIO()
    report = run_eval(tmp_path, verbose=True, out=out, classifier=clf)
    assert report.artists.fn == 0, out.getvalue()
