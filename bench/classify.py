"""Classification throughput: full classify (tag + interactions + summary) vs spaCy's PhraseMatcher alone.

Usage: ``.venv/bin/python bench/classify.py [--stories N] [--seconds S]``

The corpus is the repo's three seed stories plus synthetic variants (other artists swapped in, paragraphs
reordered, bodies cut short, as real feeds truncate), never the copyrighted articles. Both measurements run
in this process on one core, one after the other, over the same texts; spaCy is the optional ``bench``
extra, and without it only our figure is printed.

Targets (issue 3): >= 2,000 stories/s and >= 4x PhraseMatcher; roster load + automaton build <= 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.classify import Classifier  # noqa: E402
from bot.roster import Roster  # noqa: E402
from bot.storyfile import read_story_file  # noqa: E402

# Seed artists and the roster artists swapped in for them in variants (same kind, so stories stay plausible).
_SWAPS: dict[str, list[str]] = {
    "Jungkook": ["Jimin", "Taehyung", "Mingyu", "Felix", "Hyunjin", "Jeno", "Jaehyun", "Yeonjun"],
    "Jennie": ["Lisa", "Rosé", "Karina", "Winter", "Wonyoung", "Hanni", "Minji", "Yuna"],
    "BLACKPINK": ["aespa", "IVE", "NewJeans", "ITZY", "TWICE", "LE SSERAFIM"],
    "BTS": ["SEVENTEEN", "Stray Kids", "NCT 127", "TXT", "ENHYPEN", "ATEEZ"],
    "KN": ["Bada Lee", "Lia Kim", "Monika", "Aiki"],
    "Heon Seo": ["Lee Young-ji", "Paul Kim", "Car, the Garden", "Crush"],
}


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        try:
            cpus = sorted(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpus[0]})
        except OSError:
            pass


def build_corpus(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` (title, body) pairs: the seeds and deterministic variants of them."""
    seeds = [read_story_file(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if not seeds:
        raise SystemExit("no seeds/*.txt found")
    rng = random.Random(seed)
    out: list[tuple[str, str]] = [(s.title, s.body) for s in seeds]
    while len(out) < n:
        base = rng.choice(seeds)
        title, body = base.title, base.body
        for name, options in _SWAPS.items():
            if rng.random() < 0.7:
                other = rng.choice(options)
                pat = re.compile(rf"\b{re.escape(name)}\b")
                title, body = pat.sub(other, title), pat.sub(other, body)
        paras = [p for p in body.split("\n") if p.strip()]
        if len(paras) > 3 and rng.random() < 0.5:
            head, rest = paras[:2], paras[2:]
            rng.shuffle(rest)
            paras = head + rest
        if rng.random() < 0.4:
            paras = paras[: max(2, int(len(paras) * rng.uniform(0.3, 0.8)))]
        out.append((title, "\n\n".join(paras)))
    return out[:n]


def _rate(fn: Callable[[str, str], object], corpus: list[tuple[str, str]], seconds: float) -> float:
    """Stories per second of this process's CPU time (other load on the machine does not count)."""
    for t, b in corpus[:20]:  # warm caches
        fn(t, b)
    done = 0
    start = time.process_time()
    while True:
        for t, b in corpus:
            fn(t, b)
        done += len(corpus)
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return done / elapsed


def _phases(clf: Classifier, corpus: list[tuple[str, str]], seconds: float) -> None:
    """Per-stage CPU time of classify, so the next speed-up starts where the time goes.

    Each stage runs alone over inputs the earlier stages made beforehand (the stages are pure), so the
    figures add up to about the full classify time.
    """
    tagged = [clf.tag(t, b) for t, b in corpus]
    found = [clf.interactions(x) for x in tagged]

    def per_story(fn: Callable[[int], object]) -> float:
        for i in range(min(20, len(corpus))):  # warm caches
            fn(i)
        done = 0
        start = time.process_time()
        while True:
            for i in range(len(corpus)):
                fn(i)
            done += len(corpus)
            elapsed = time.process_time() - start
            if elapsed >= seconds:
                return elapsed / done * 1e6

    texts = [x.text for x in tagged]
    tagger_us = per_story(lambda i: clf.tagger.tag(texts[i]))
    tag_us = per_story(lambda i: clf.tag(*corpus[i]))
    inter_us = per_story(lambda i: clf.interactions(tagged[i]))
    fin_us = per_story(lambda i: clf.finish(tagged[i], found[i]))
    total = tag_us + inter_us + fin_us
    print(f"  per phase (us/story of CPU): tagging {tag_us:,.0f} (tagger {tagger_us:,.0f}), "
          f"sentences + interactions {inter_us:,.0f}, artists + summary {fin_us:,.0f}; sum {total:,.0f} "
          f"= {1e6 / total:,.0f} stories/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=300, help="corpus size (default 300)")
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum time per measurement")
    ap.add_argument("--short", action="store_true", help="feed-summary length stories (title + first paragraphs)")
    args = ap.parse_args(argv)
    _pin_one_core()

    t0 = time.perf_counter()
    roster = Roster.load()
    t1 = time.perf_counter()
    clf = Classifier(roster)
    t2 = time.perf_counter()
    print(f"roster load {t1 - t0:.3f} s, tagger + pair model build {t2 - t1:.3f} s, total {t2 - t0:.3f} s"
          " (target <= 0.5 s)")

    corpus = build_corpus(args.stories)
    if args.short:
        corpus = [(t, "\n\n".join([p for p in b.split("\n") if p.strip()][:2])) for t, b in corpus]
    kb = sum(len(t) + len(b) for t, b in corpus) / len(corpus) / 1024
    print(f"corpus: {len(corpus)} stories, mean {kb:.1f} KB")

    ours = _rate(clf.classify, corpus, args.seconds)
    print(f"biasbot classify (tag + interactions + summary): {ours:,.0f} stories/s  (target >= 2,000)")
    tag_only = _rate(lambda t, b: clf.tagger.tag(f"{t}\n\n{b}"), corpus, args.seconds / 2)
    print(f"  of which the tagger alone runs at {tag_only:,.0f} stories/s")
    _phases(clf, corpus, args.seconds / 2)

    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        print(
            "spaCy is not installed (optional `bench` extra: pip install -e '.[bench]'); "
            "PhraseMatcher comparison skipped."
        )
        return 0
    names = sorted({n for a in roster for n in (*a.all_names, *a.epithets) if n.strip()})
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("ARTIST", [nlp.make_doc(n) for n in names])

    def spacy_match(title: str, body: str) -> object:
        return matcher(nlp.make_doc(f"{title}\n\n{body}"))

    theirs = _rate(spacy_match, corpus, args.seconds)
    print(f"spaCy PhraseMatcher alone ({len(names):,} aliases, blank English): {theirs:,.0f} stories/s")
    print(f"ratio: {ours / theirs:.2f}x  (target >= 4x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
