"""Measure the classifier against labelled story files, and the ``biasbot classify`` output.

Labels follow ``shared/data/LABELING.md``: ``DIR/labels/NNN.json`` for ``DIR/NNN.txt``. Names are compared
folded (case, spaces and punctuation ignored); a system artist matches a label when its name or any of its
roster aliases equals the label's name or one of the label's aliases.

Direction is our extension of the label format (LABELING.md has none): an interaction may carry
``"actor": NAME`` (that artist did the labelled acts to the other) or ``"actor": null`` (mutual, joint, or the
text gives no direction). Only pairs whose label has the key are scored, so unlabelled sets still work.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot.classify import Classifier
from bot.models import INTERACTION_TYPES, Classification, Interaction
from bot.roster import fold
from bot.storyfile import StoryFileError, read_story_file

log = logging.getLogger(__name__)

__all__ = [
    "EvalReport",
    "Score",
    "classify_paths",
    "expand_paths",
    "main_classify",
    "main_eval",
    "render_table",
    "run_eval",
]

_TYPES = INTERACTION_TYPES


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label:<16} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
            f"   (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


@dataclass(slots=True)
class FileResult:
    name: str
    missed_artists: list[str] = field(default_factory=list)
    false_artists: list[str] = field(default_factory=list)
    missed_pairs: list[str] = field(default_factory=list)
    false_pairs: list[str] = field(default_factory=list)
    missed_headlines: list[str] = field(default_factory=list)
    false_headlines: list[str] = field(default_factory=list)
    type_errors: list[str] = field(default_factory=list)
    platform_errors: list[str] = field(default_factory=list)
    direction_errors: list[str] = field(default_factory=list)
    story_expected: bool = False
    story_got: bool = False
    error: str | None = None


@dataclass(slots=True)
class EvalReport:
    files: int = 0
    artists: Score = field(default_factory=Score)
    pairs: Score = field(default_factory=Score)
    headlines: Score = field(default_factory=Score)
    types_exact: int = 0
    types_total: int = 0
    platform_exact: int = 0
    direction_exact: int = 0
    direction_total: int = 0
    type_scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in _TYPES})
    story_correct: int = 0
    results: list[FileResult] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.types_exact / self.types_total if self.types_total else 1.0

    @property
    def type_micro(self) -> Score:
        s = Score()
        for t in self.type_scores.values():
            s.tp += t.tp
            s.fp += t.fp
            s.fn += t.fn
        return s

    @property
    def story_accuracy(self) -> float:
        return self.story_correct / self.files if self.files else 1.0

    def render(self, out: TextIO, verbose: bool = False) -> None:
        if verbose:
            for r in self.results:
                _render_file(r, out)
        out.write(f"files: {self.files}\n")
        out.write(self.artists.line("artists") + "\n")
        out.write(self.pairs.line("pairs") + "\n")
        out.write(self.headlines.line("headline pairs") + "\n")
        out.write(
            f"{'type accuracy':<16} {self.type_accuracy:.3f}   ({self.types_exact}/{self.types_total} "
            f"matched pairs with exactly the labelled types)\n"
        )
        out.write(self.type_micro.line("type micro") + "\n")
        if self.types_total:
            out.write(
                f"{'platform':<16} {self.platform_exact / self.types_total:.3f}   "
                f"({self.platform_exact}/{self.types_total} matched pairs; informational)\n"
            )
        if self.direction_total:
            out.write(
                f"{'direction':<16} {self.direction_exact / self.direction_total:.3f}   "
                f"({self.direction_exact}/{self.direction_total} matched pairs with a labelled actor or none)\n"
            )
        per = "  ".join(f"{t} {s.f1:.2f}" for t, s in self.type_scores.items() if s.tp + s.fp + s.fn)
        if per:
            out.write(f"{'per type F1':<16} {per}\n")
        out.write(
            f"{'interaction_story':<16} accuracy {self.story_accuracy:.3f}   ({self.story_correct}/{self.files})\n"
        )


def _render_file(r: FileResult, out: TextIO) -> None:
    lines: list[str] = []
    if r.error:
        lines.append(f"  error: {r.error}")
    for label, items in (
        ("missed artist", r.missed_artists),
        ("false artist", r.false_artists),
        ("missed pair", r.missed_pairs),
        ("false pair", r.false_pairs),
        ("missed headline", r.missed_headlines),
        ("false headline", r.false_headlines),
        ("types", r.type_errors),
        ("platform", r.platform_errors),
        ("direction", r.direction_errors),
    ):
        lines.extend(f"  {label}: {x}" for x in items)
    if r.story_expected != r.story_got:
        lines.append(f"  interaction_story: expected {r.story_expected}, got {r.story_got}")
    if lines:
        out.write(f"{r.name}\n" + "\n".join(lines) + "\n")


# -------------------------------------------------------------------------------------------- eval
def _label_names(artist: dict[str, Any]) -> set[str]:
    names = {fold(artist["name"])}
    names.update(fold(a) for a in artist.get("aliases") or ())
    names.discard("")
    return names


def run_eval(
    directory: Path | Sequence[Path],
    *,
    verbose: bool = False,
    out: TextIO | None = None,
    classifier: Classifier | None = None,
) -> EvalReport:
    """Score every labelled story under ``directory`` (or several directories, pooled)."""
    dirs = [directory] if isinstance(directory, Path) else list(directory)
    clf = classifier if classifier is not None else Classifier()
    report = EvalReport()
    for d in dirs:
        for label_path in sorted((d / "labels").glob("*.json")):
            try:
                label = json.loads(label_path.read_text(encoding="utf-8"))
                if not isinstance(label, dict):
                    raise ValueError("not a JSON object")
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                report.results.append(FileResult(name=str(label_path), error=f"unreadable label ({exc})"))
                continue
            story_path = d / str(label.get("file") or label_path.with_suffix(".txt").name)
            result = FileResult(name=str(story_path))
            try:
                parsed = read_story_file(story_path)
            except StoryFileError as exc:
                result.error = exc.reason
                report.results.append(result)
                continue
            cls = clf.classify(parsed.title, parsed.body)
            _score_file(report, result, label, cls, clf)
            report.results.append(result)
    if out is not None:
        report.render(out, verbose=verbose)
    return report


def _system_names(clf: Classifier, artist_id: str, name: str) -> set[str]:
    names = {fold(name)}
    artist = clf.roster.get(artist_id)
    if artist is not None:
        names.update(fold(n) for n in artist.all_names)
    names.discard("")
    return names


@dataclass(slots=True)
class LabelMatch:
    """How one story's system artists map onto its label's artists, and the label's pairs by key.

    Shared by the scorer and by scripts that learn from labels (scripts/train_pair_model.py), so both
    count a pair as right in exactly the same way.
    """

    sys_to_label: dict[str, str]
    names: dict[str, str]  # system id -> display name, for ids matching no label artist
    label_keys: list[tuple[str, set[str]]]
    gold: dict[frozenset[str], dict[str, Any]]

    def key_of(self, aid: str) -> str:
        if aid in self.sys_to_label:
            return self.sys_to_label[aid]
        return "?" + self.names.get(aid, aid)

    def canon(self, name: str) -> str:
        """A label name or alias as the label artist's own name (interactions may use aliases)."""
        f = fold(name)
        return next((ln for ln, keys in self.label_keys if f in keys), name)

    def pair_key(self, a: str, b: str) -> frozenset[str]:
        return frozenset((self.key_of(a), self.key_of(b)))


def match_label(
    label: dict[str, Any], cls: Classification, clf: Classifier, result: FileResult | None = None,
    report: EvalReport | None = None,
) -> LabelMatch:
    """Match system artists to label artists (counting artist hits and misses when given a report)."""
    labels = label.get("artists") or []
    label_keys = [(a["name"], _label_names(a)) for a in labels]
    sys_to_label: dict[str, str] = {}
    matched_labels: set[str] = set()
    for ref in cls.artists:
        names = _system_names(clf, ref.id, ref.name)
        # its own name first: TVXQ's "U-Know Yunho" (alias "Yunho") is not the label "Yunho" of ATEEZ's Yunho
        own = fold(ref.name)
        hit = next((ln for ln, keys in label_keys if own in keys), None) or next(
            (ln for ln, keys in label_keys if keys & names), None)
        if hit is None:
            if report is not None and result is not None:
                report.artists.fp += 1
                result.false_artists.append(f"{ref.name} ({ref.id})")
        elif hit in matched_labels:
            sys_to_label[ref.id] = hit  # two system artists for one label: count once, pair as one
        else:
            matched_labels.add(hit)
            sys_to_label[ref.id] = hit
            if report is not None:
                report.artists.tp += 1
    if report is not None and result is not None:
        for ln, _keys in label_keys:
            if ln not in matched_labels:
                report.artists.fn += 1
                result.missed_artists.append(ln)
    match = LabelMatch(sys_to_label, {r.id: r.name for r in cls.artists}, label_keys, {})
    for it in label.get("interactions") or []:
        match.gold[frozenset((match.canon(it["a"]), match.canon(it["b"])))] = it
    return match


def _score_file(
    report: EvalReport, result: FileResult, label: dict[str, Any], cls: Classification, clf: Classifier
) -> None:
    report.files += 1
    match = match_label(label, cls, clf, result, report)
    key_of, canon, gold = match.key_of, match.canon, match.gold
    got: dict[frozenset[str], Any] = {}
    for it in cls.interactions:
        k = frozenset((key_of(it.a), key_of(it.b)))
        if len(k) == 2 and k not in got:
            got[k] = it
    for k, it in got.items():
        show = " — ".join(sorted(k))
        if k in gold:
            report.pairs.tp += 1
            g = set(gold[k].get("types") or ())
            s = set(it.types)
            report.types_total += 1
            if g == s:
                report.types_exact += 1
            else:
                result.type_errors.append(f"{show}: expected {sorted(g)}, got {sorted(s)}")
            if gold[k].get("platform") == it.platform:
                report.platform_exact += 1
            else:
                result.platform_errors.append(f"{show}: expected {gold[k].get('platform')}, got {it.platform}")
            if "actor" in gold[k]:
                _score_direction(report, result, show, gold[k]["actor"], it, canon, key_of)
            for t in _TYPES:
                sc = report.type_scores[t]
                if t in g and t in s:
                    sc.tp += 1
                elif t in s:
                    sc.fp += 1
                elif t in g:
                    sc.fn += 1
        else:
            report.pairs.fp += 1
            result.false_pairs.append(f"{show} {list(it.types)}  «{it.evidence[:120]}»")
    for k, gi in gold.items():
        if k not in got:
            report.pairs.fn += 1
            result.missed_pairs.append(f"{' — '.join(sorted(k))} {gi.get('types')}")
    gold_h = {k for k, g in gold.items() if g.get("headline")}
    got_h = {k for k, it in got.items() if it.headline}
    report.headlines.tp += len(gold_h & got_h)
    report.headlines.fp += len(got_h - gold_h)
    report.headlines.fn += len(gold_h - got_h)
    result.false_headlines.extend(" — ".join(sorted(k)) for k in got_h - gold_h)
    result.missed_headlines.extend(" — ".join(sorted(k)) for k in gold_h - got_h)
    result.story_expected = bool(label.get("interaction_story"))
    result.story_got = cls.interaction_story
    if result.story_expected == result.story_got:
        report.story_correct += 1


def _score_direction(
    report: EvalReport, result: FileResult, show: str, actor: str | None, it: Interaction,
    canon: Callable[[str], str], key_of: Callable[[str], str],
) -> None:
    expected = canon(actor) if actor else None
    got = key_of(it.a) if it.directed else None
    report.direction_total += 1
    if expected == got:
        report.direction_exact += 1
    else:
        want = f"{expected} acts" if expected else "no direction"
        have = f"{got} acts" if got else "no direction"
        result.direction_errors.append(f"{show}: expected {want}, got {have}")


# ---------------------------------------------------------------------------------------- classify
def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Story files named by ``paths``: files as given, folders as their ``*.txt`` sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.glob("*.txt") if x.is_file()))
        else:
            out.append(p)
    return out


def classify_paths(paths: Iterable[Path | str], classifier: Classifier | None = None) -> Iterator[dict[str, Any]]:
    """One ``biasbot classify --json`` object per story file (unreadable files are logged and skipped)."""
    clf = classifier if classifier is not None else Classifier()
    for path in expand_paths(paths):
        try:
            parsed = read_story_file(path)
        except StoryFileError as exc:
            log.warning("skipping %s: %s", path, exc.reason)
            continue
        cls = clf.classify(parsed.title, parsed.body)
        yield {
            "path": str(path),
            "title": parsed.title,
            "published": parsed.published.date().isoformat() if parsed.published else None,
            "url": parsed.url,
            "artists": [{"id": a.id, "name": a.name, "kind": a.kind, "groups": list(a.groups)} for a in cls.artists],
            "interactions": [
                {
                    "a": i.a,
                    "b": i.b,
                    "types": list(i.types),
                    "platform": i.platform,
                    "headline": i.headline,
                    "evidence": i.evidence,
                    "directed": i.directed,
                }
                for i in cls.interactions
            ],
            "interaction_story": cls.interaction_story,
            "summary": cls.summary,
        }


def render_table(obj: dict[str, Any], out: TextIO) -> None:
    """The readable (non-JSON) form of one classified story."""
    names = {a["id"]: a["name"] for a in obj["artists"]}
    out.write(f"{obj['path']}\n")
    out.write(f"  title:     {obj['title']}\n")
    if obj.get("published"):
        out.write(f"  published: {obj['published']}\n")
    out.write(f"  artists:   {', '.join(a['name'] for a in obj['artists']) or '-'}\n")
    if obj["interactions"]:
        out.write("  interactions:\n")
        for i in obj["interactions"]:
            mark = "*" if i["headline"] else " "
            pair = f"{names.get(i['a'], i['a'])} — {names.get(i['b'], i['b'])}"
            out.write(f"   {mark} {pair:<36} {', '.join(i['types']):<28} {i['platform']}\n")
    out.write(f"  interaction story: {'yes' if obj['interaction_story'] else 'no'}\n")
    out.write(f"  summary:   {obj['summary']}\n\n")


def main_classify(paths: Sequence[str], as_json: bool, out: TextIO | None = None) -> int:
    """``biasbot classify PATH... [--json]``; exit status 1 only when a named path does not exist."""
    stream = out if out is not None else sys.stdout
    missing = [p for p in paths if not Path(p).exists()]
    for p in missing:
        print(f"biasbot classify: no such file or folder: {p}", file=sys.stderr)
    for obj in classify_paths([p for p in paths if p not in missing]):
        if as_json:
            stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            render_table(obj, stream)
    return 1 if missing else 0


def main_eval(
    directory: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], verbose: bool, out: TextIO | None = None
) -> int:
    """``biasbot eval DIR [--verbose]`` (several DIRs are pooled); exits 0 once it ran -- the figures are the result."""
    stream = out if out is not None else sys.stdout
    dirs = [Path(directory)] if isinstance(directory, (str, os.PathLike)) else [Path(d) for d in directory]
    unusable = [d for d in dirs if not d.is_dir() or not any((d / "labels").glob("*.json"))]
    for d in unusable:
        reason = "no such folder" if not d.is_dir() else "no labels/*.json in it"
        print(f"biasbot eval: {d}: {reason}", file=sys.stderr)
    if unusable:
        return 1
    run_eval(dirs, verbose=verbose, out=stream)
    return 0
