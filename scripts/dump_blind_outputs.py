"""Record what the rules produced on each held-out set at its first, blind reading.

Usage: ``.venv/bin/python scripts/dump_blind_outputs.py [SET...]`` (default: every tests/data/heldout*)

A held-out set is measured once with the code of the commit that added it (or the earlier commit its
``FIRST_READING`` file names), before any rule is made from it; that reading is the honest estimate for
unseen stories, and its errors are the errors the rules make on new text. For each set this checks that
commit out into a temporary git worktree, runs its classifier over the set and writes
``tests/data/blind_outputs/<set>.jsonl``: per story, every pair found (ids, types, platform, headline,
evidence, right or wrong against the labels) and every labelled pair missed (and whether both its artists
were tagged). ``scripts/pair_model_cv.py`` learns from these.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "blind_outputs"


def dump_set(directory: Path, name: str) -> None:
    """Run by the child process, with the old commit's ``bot`` first on sys.path."""
    from bot import evaluate as ev  # the old commit's
    from bot.classify import Classifier
    from bot.storyfile import read_story_file

    clf = Classifier()
    for lp in sorted((directory / "labels").glob("*.json")):
        label = json.loads(lp.read_text(encoding="utf-8"))
        story = read_story_file(directory / label["file"])
        cls = clf.classify(story.title, story.body)
        label_keys = [(a["name"], ev._label_names(a)) for a in label.get("artists") or []]
        to_label: dict[str, str] = {}
        for ref in cls.artists:
            hit = next((ln for ln, keys in label_keys if keys & ev._system_names(clf, ref.id, ref.name)), None)
            if hit is not None:
                to_label[ref.id] = hit

        def canon(n: str, label_keys: list[tuple[str, set[str]]] = label_keys) -> str:
            f = ev.fold(n)  # type: ignore[attr-defined]  # the old commit's module, same helper
            return next((ln for ln, keys in label_keys if f in keys), n)

        gold: dict[frozenset[str], dict[str, Any]] = {
            frozenset((canon(g["a"]), canon(g["b"]))): g for g in label.get("interactions") or []
        }
        preds: list[dict[str, Any]] = []
        seen: set[frozenset[str]] = set()
        for it in cls.interactions:
            k = frozenset((to_label.get(it.a, "?" + it.a), to_label.get(it.b, "?" + it.b)))
            if len(k) != 2 or k in seen:
                continue
            seen.add(k)
            g = gold.get(k)
            preds.append({
                "a": it.a, "b": it.b, "types": list(it.types), "platform": it.platform, "headline": it.headline,
                "evidence": it.evidence, "directed": bool(getattr(it, "directed", False)), "tp": g is not None,
                "gold_types": (g or {}).get("types"), "gold_headline": (g or {}).get("headline"),
            })
        matched = set(to_label.values())
        missed = [
            {"a": g["a"], "b": g["b"], "types": g.get("types"), "a_tagged": canon(g["a"]) in matched,
             "b_tagged": canon(g["b"]) in matched}
            for k, g in gold.items() if k not in seen
        ]
        print(json.dumps({
            "set": name, "file": label["file"], "story_pred": cls.interaction_story,
            "story_gold": bool(label.get("interaction_story")), "n_gold": len(gold),
            "n_gold_head": sum(1 for g in gold.values() if g.get("headline")), "preds": preds, "missed": missed,
            "missed_artists": [ln for ln, _ in label_keys if ln not in matched],
        }, ensure_ascii=False))


def adding_commit(name: str) -> str | None:
    out = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", f"tests/data/{name}/labels"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    return out[-1] if out else None


def reading_commit(name: str) -> str | None:
    """The commit whose code read the set first: the one named in the set's ``FIRST_READING`` file when it has
    one (sets written and read with the session-start code while rules were committed before the set was), else
    the commit that added it."""
    marker = ROOT / "tests" / "data" / name / "FIRST_READING"
    if marker.is_file():
        words = marker.read_text(encoding="utf-8").split()
        if words:
            return words[0]
    return adding_commit(name)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        dump_set(Path(argv[1]), argv[2])
        return 0
    names = argv or sorted(p.name for p in (ROOT / "tests" / "data").glob("heldout*") if p.is_dir())
    OUT.mkdir(exist_ok=True)
    for name in names:
        commit = reading_commit(name)
        if commit is None:
            print(f"{name}: skipped, not committed yet (its first reading is `biasbot eval` before the commit)")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            wt = Path(tmp) / "wt"
            subprocess.run(["git", "worktree", "add", "-q", "--detach", str(wt), commit], cwd=ROOT, check=True)
            try:
                env = {**os.environ, "PYTHONPATH": str(wt)}
                stories = wt / "tests/data" / name
                if not (stories / "labels").is_dir():  # read before it was committed: the set as it is now
                    stories = ROOT / "tests/data" / name
                result = subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), "--child", str(stories), name],
                    cwd=tmp, env=env, capture_output=True, text=True, check=True,
                )
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(wt)], cwd=ROOT, check=True)
        (OUT / f"{name}.jsonl").write_text(result.stdout, encoding="utf-8")
        print(f"{name}: {commit[:8]}, {len(result.stdout.splitlines())} stories")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
