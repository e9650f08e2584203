"""Train the learned pair model (bot/learned_pairs.py) from the labelled held-out sets, and say what it is worth.

Usage::

    .venv/bin/python scripts/train_pair_model.py [SETDIR...] [--cv K] [--check DIR...] [--write]

``SETDIR`` defaults to every ``tests/data/heldout*`` folder. The classifier runs over each story with the
model switched off (``bot.learned_pairs.RECORD``), so the candidates are exactly the pairs the current rules
leave out; each is labelled right or wrong against the story's labels with the scorer's own matching
(``bot.evaluate.match_label``).

``--cv K`` trains on all folds but one (sets split by their number mod K, so a set's stories never straddle
train and test) and prints pairs F1 before and after the model per fold, pooled, and pooled over the newest
sets: the figure that says whether it helps on stories it was not trained on. ``--check`` trains on every
set and reports the same figures on other labelled folders (the real articles and the seeds: the truth we
are measured against). ``--write`` trains on every set and writes ``bot/data/pair_model.json``.

Result (2026-11-23, held-out 1-165, 5 folds; the shipped settings): pairs F1 pooled 0.8734 -> 0.8838
(+174 right pairs, +94 wrong), and on the newest 20 sets, whose misses the rules were least tuned on,
0.8193 -> 0.8497 (+40, +6). Trained on all 165 sets, it adds one right and one wrong pair to the real
articles (0.9802 -> 0.9804) and nothing to the seeds. The learned type is the labelled one for about half
the right pairs it adds (88 of 174). Held-out 166-177, written after that model, were its unseen test:
pairs F1 0.809 -> 0.824 pooled (+14 right pairs, +5 wrong; README).

The shipped model (same day, after two more rule commits) is trained on held-out 1-177: pooled 0.8695 ->
0.8808 (+194, +99), newest 12 (166-177) 0.8117 -> 0.8246 (+14, +7); real articles 0.9802 -> 0.9754
(one wrong pair, from a title "After V, now BTS' Jungkook takes on ..."), seeds unchanged.

Session 14 (2026-11-23): a candidate with a party the rules only sequenced or compared ("after V") is no
longer one, and the threshold rose to 0.85. Over held-out 1-189 after that session's rule commits, 5 folds:
threshold 0.8 pooled 0.8645 -> 0.8766 (+241, +137), newest 20 (170-189) 0.7986 -> 0.8152 (+34, +21); 0.85
pooled 0.8645 -> 0.8767 (+220, +109), newest 20 0.7986 -> 0.8177 (+33, +15); 0.75 pooled 0.8776 but 160 wrong
pairs and two wrong on the real articles. Trained on 1-189 it added one right and one wrong pair to the real
articles (0.9802 -> 0.9804). The shipped model is trained on 1-197 after all of the session's rule commits:
--cv 5 pooled 0.8577 -> 0.8696 (+219, +105), newest 20 (178-197) 0.7583 -> 0.7852 (+45, +15); it adds no
pair to the real articles or the seeds (0.9802 and 1.0 stay). One rule commit came after it (1ed153d: one
pair more on one set); retrained after that, --cv gave pooled 0.8578 -> 0.8707, newest 20 0.7591 -> 0.7862,
but one wrong pair on the real articles, so the model trained before it was kept.

Session 15 (2026-11-23): retrained on held-out 1-205 after that session's rule and roster commits (206-213
were kept out, as that session's unseen test). --cv 5: pooled 0.8514 -> 0.8650 (+261, +123), newest 20
(186-205) 0.7367 -> 0.7678 (+57, +17). Trained on 1-205 it adds no pair to the real articles (0.9802) or
the seeds (1.0). (A --check run started before the last two rule commits added two wrong pairs to the
articles; the model written after them adds none.) Retrained once more after six later rule commits, it
added one wrong pair to the articles: a name in the relative clause of a party the rules set aside as
sequenced ("right after V, who was seen doing the routine alongside dancers ..."), paired with the
subject. Such a name is no longer a candidate with the subject; the shipped model is trained after that
guard: --cv 5 pooled 0.8520 -> 0.8650 (+258, +129), newest 20 0.7404 -> 0.7728 (+60, +18); real articles
and seeds unchanged (0.9802, 1.0). At the session's end, after eleven more rule commits, a model trained on
1-213 cross-validated pooled 0.8496 -> 0.8626 (+267, +133), newest 20 (194-213) 0.7424 -> 0.7744, but added
one wrong pair to the real articles (two co-objects of "met up with A, B, ... and C to do the dance
challenge"), so the 1-205 model above stays the shipped one; with the final rules it still adds nothing there.

Plain stochastic gradient descent on a logistic loss, in Python: 30,000 rows of ~40 sparse features train in
seconds, and the runtime needs no numerical library to score a model stored as a JSON dict.
Session 16 (2026-11-23): a candidate between two objects of one subject's act, which the rules paired with
that subject but not together, is no longer one (learned_pairs._co_objects). Over held-out 1-225 after that
session's rule commits, 5 folds: pooled 0.8442 -> 0.8602 (+319 right, +130 wrong; without the guard +322,
+145); newest 20 0.7591 -> 0.7879 (+48, +11). Trained on all 225 sets (shipped): real articles and seeds
unchanged (without the guard it added one wrong pair: two co-objects of "met up with A, B, ... to do the
challenge").

Session 17 (2026-11-23): a candidate between a party credited for one part of a work ("the choreography was
masterminded by A") and one a later clause credits for another ("and the song was produced by B") is no
longer one (learned_pairs._separate_credits). Over held-out 1-257 after that session's rule commits, 5
folds: pooled 0.8384 -> 0.8599 (+488 right, +184 wrong; without the guard 0.8608, +522, +209), newest 20
(238-257) 0.7975 -> 0.8321 (+64, +17). Trained on all 257 sets without the guard it added two wrong pairs
to a real article (the choreographer with the song's producer and singer); with it, one right pair and no
wrong one (0.9802 -> 0.9852); seeds unchanged. Retrained after the session's later rule and roster commits
(shipped): --cv 5 over 1-257 pooled 0.8404 -> 0.8630 (+503, +178), newest 20 0.7998 -> 0.8366 (+66, +15);
real articles again +1 right, no wrong one. Held-out 258-273 were kept out.

Session 18 (2026-11-23): candidates across sentences (bot.learned_pairs._cross_candidates: a lone acting name
in the body with each title artist it does not name), with features of their own and ``--cross-threshold``
(0.95, chosen with --cv over 0.9/0.95/0.98). Over held-out 1-273, 5 folds: without them pooled 0.8319 ->
0.8559 (+570, +199), newest 20 (254-273) 0.7336 -> 0.7830; with them pooled 0.8319 -> 0.8579 (+663, +276),
newest 20 0.7336 -> 0.7868 (+100, +25). Trained on 1-273 (shipped), on the sixteen sets written this session
and never trained on (274-289, read first with the session-start model trained on 1-257): 0.7769 -> 0.7816
(+15 right, +13 wrong); the same retrain without cross-sentence candidates gave 0.7734. Real articles and
seeds: +1 right pair on the articles, nothing wrong. The shipped model adds the title's words (its artists
masked) to those candidates' features: --cv 5 the same (pooled 0.8579, newest 20 0.7867), --check +2 right
pairs on the articles instead of +1 (the full pipeline keeps the same 100 as before), and on 274-289 0.7850
(+18 right, +10 wrong against the session-start model). Later the same session the in-sentence candidates
got the title's words too (t:...): --cv 5 pooled 0.8319 -> 0.8624 (+748, +278), newest 20 0.7336 -> 0.8000
(+125, +29); trained on 1-249 and read on 250-273 0.7394 -> 0.7924 (0.7845 without). Shipped, trained on
1-273: the session's twenty-four unseen sets 274-297 read 0.7870 (session-start model 0.7838, the model
before this change 0.7839); real articles + seeds pairs 0.987 (114 right with the model before, 113 now,
0 wrong either way), type accuracy 0.965.

Session 19 (2026-11-23): the threshold fell from 0.85 to 0.6, chosen on time splits (train on the older sets,
read the next twenty-four, which tracked unseen sets better than random folds last session). Pairs F1
pooled, threshold 0.85 -> 0.6:

    train <= 201, read 202-225: 0.8009 -> 0.8126 (rules alone 0.7602)
    train <= 249, read 250-273: 0.7924 -> 0.8002 (rules alone 0.7394)
    train <= 273, read 274-297: 0.7857 -> 0.7946 (rules alone 0.7477)

0.5 read about the same (0.8002, 0.7969) with more wrong pairs; 0.7 and 0.8 less; 0.4 no more. A pair is worth
adding when the odds it is right exceed about half the F1, and the positive weight (3) inflates the scores,
so 0.85 was too strict. Measured and dropped (each within +-0.002 across the three splits): how often each of
the two is named and whether the rules paired either elsewhere; a cross-sentence title artist's rank among
the title's artists; cue kind x between-word conjunctions; a learned veto of the rules' own pairs (trained on
the rules' in-sentence pairs: -0.0007 on 250-273, +0.003 on 274-297). Shipped, trained on 1-297 at 0.6:
real articles +2 right pairs, +1 wrong (a cross-sentence pair scoring 0.954); seeds unchanged.

Later in session 19: a group is no candidate with someone the rules paired with one of its members
(learned_pairs._member_paired; LABELING pairs the most specific party). Same splits, threshold 0.6, without
-> with: 202-225 0.8126 -> 0.8238, 250-273 0.8002 -> 0.8039, 274-297 0.7946 -> 0.7963; real articles still
+2 right, +1 wrong. The same guard on cross-sentence candidates read lower (0.8217, 0.8029, 0.7952) and
added a wrong pair to the articles, so it is not used there. Two epochs instead of four read the splits
higher without the guard (0.8242, 0.8043, 0.7976) but added three wrong group-for-member pairs to the real
articles (BTS with Felix, TXT and Charlie Puth) and, with the guard, read lower than four (0.8205, 0.8032,
0.7956); four stay. L2 3e-3 and 3e-4, one, three and eight epochs were no better.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import learned_pairs  # noqa: E402
from bot.classify import Classifier  # noqa: E402
from bot.evaluate import match_label  # noqa: E402
from bot.models import INTERACTION_TYPES  # noqa: E402
from bot.storyfile import StoryFileError, read_story_file  # noqa: E402

RATE = 0.1
POSITIVE_WEIGHT = 3.0  # right pairs are ~3% of candidates
# the defaults, chosen with --cv (see the module docstring); the command line may change them for a run
_SETTINGS: dict[str, float] = {"threshold": 0.6, "cross_threshold": 0.95, "l2": 1e-3, "epochs": 4, "seeds": 5,
                               "min_count": 1, "type_prune": 0.3}
PRUNE = 0.05  # weights smaller than this are left out of the file


@dataclass(slots=True)
class Row:
    set_name: str
    story: str
    key: frozenset[str]
    features: tuple[str, ...]
    right: bool
    types: frozenset[str]
    paired: bool = False  # the rules made this pair: a training row for the type models only


@dataclass(slots=True)
class SetStats:
    gold: int = 0
    found: int = 0
    right: int = 0


def collect(dirs: Sequence[Path], clf: Classifier) -> tuple[list[Row], dict[str, SetStats]]:
    rows: list[Row] = []
    stats: dict[str, SetStats] = {}
    for d in dirs:
        st = stats.setdefault(d.name, SetStats())
        for label_path in sorted((d / "labels").glob("*.json")):
            label = json.loads(label_path.read_text(encoding="utf-8"))
            try:
                story = read_story_file(d / str(label.get("file") or label_path.with_suffix(".txt").name))
            except StoryFileError:
                continue
            learned_pairs.RECORD = []
            try:
                cls = clf.classify(story.title, story.body)
                cands = learned_pairs.RECORD
            finally:
                learned_pairs.RECORD = None
            match = match_label(label, cls, clf)
            got = {match.pair_key(i.a, i.b) for i in cls.interactions}
            got = {k for k in got if len(k) == 2}
            st.gold += len(match.gold)
            st.found += len(got)
            st.right += len(got & set(match.gold))
            for c in cands:
                key = match.pair_key(c.a, c.b)
                if len(key) < 2 or (key in got) != c.paired:
                    continue
                gold = match.gold.get(key)
                types = frozenset(gold.get("types") or ()) if gold else frozenset()
                rows.append(Row(d.name, f"{d.name}/{label_path.stem}", key, c.features, gold is not None, types,
                                c.paired))
    return rows, stats


def train(
    data: Sequence[tuple[Sequence[str], bool]], positive_weight: float = POSITIVE_WEIGHT, seeds: int = 0,
    prune: float = 0.0,
) -> dict[str, float]:
    """Logistic regression by SGD, averaged over several shuffles so one lucky order does not decide.

    ``--min-count N`` drops features seen in fewer than N rows first (a word met in one or two stories gets
    its weight from those alone); the default, 1, keeps all: floors of 3, 5 and 10 added more wrong pairs
    in --cv than they removed.
    """
    counts: Counter[str] = Counter(f for feats, _y in data for f in set(feats))
    floor = int(_SETTINGS["min_count"])
    data = [(tuple(f for f in feats if counts[f] >= floor), y) for feats, y in data]
    total: dict[str, float] = defaultdict(float)
    seeds = seeds or int(_SETTINGS["seeds"])
    l2 = _SETTINGS["l2"]
    for seed in range(seeds):
        w: dict[str, float] = defaultdict(float)
        order = list(range(len(data)))
        rnd = random.Random(seed)
        for _ in range(int(_SETTINGS["epochs"])):
            rnd.shuffle(order)
            for i in order:
                feats, y = data[i]
                z = w["bias"] + sum(w[f] for f in feats)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                g = (p - y) * (positive_weight if y else 1.0)
                for f in (*feats, "bias"):
                    w[f] -= RATE * (g + l2 * w[f])
        for k, v in w.items():
            total[k] += v / seeds
    prune = prune or PRUNE
    return {k: round(v, 3) for k, v in sorted(total.items()) if abs(v) >= prune}


def train_model(rows: Sequence[Row]) -> learned_pairs.PairModel:
    pair = train([(r.features, r.right) for r in rows if not r.paired])
    # one score per type, learned from every right pair, the rules' too (thousands of rows, not hundreds);
    # the runtime takes the highest. (A softmax over the types instead scored the same in --cv: 82 against
    # 86 of 174 right pairs with exactly the labelled types.)
    positives = [r for r in rows if r.right]
    types = {t: train([(r.features, t in r.types) for r in positives], positive_weight=1.0, seeds=1,
                      prune=_SETTINGS["type_prune"])
             for t in INTERACTION_TYPES if any(t in r.types for r in positives)}
    return learned_pairs.PairModel(pair, types, _SETTINGS["threshold"], _SETTINGS["cross_threshold"])


def added(rows: Sequence[Row], model: learned_pairs.PairModel) -> tuple[int, int, int, int]:
    """(right, wrong, types exact, types total) of the pairs the model adds, each pair once per story."""
    best: dict[tuple[str, frozenset[str]], tuple[float, Row]] = {}
    for r in rows:
        if r.paired:
            continue
        sc = model.score(r.features)
        k = (r.story, r.key)
        if model.takes(r.features, sc) and (k not in best or sc > best[k][0]):
            best[k] = (sc, r)
    right = [r for _sc, r in best.values() if r.right]
    exact = sum(model.types_for(r.features) == set(r.types) for r in right)
    return len(right), len(best) - len(right), exact, len(right)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(name: str, rows: Sequence[Row], stats: Mapping[str, SetStats], model: learned_pairs.PairModel) -> None:
    st = SetStats(sum(s.gold for s in stats.values()), sum(s.found for s in stats.values()),
                  sum(s.right for s in stats.values()))
    right, wrong, exact, total = added(rows, model)
    before = f1(st.right, st.found - st.right, st.gold - st.right)
    after = f1(st.right + right, st.found - st.right + wrong, st.gold - st.right - right)
    types = f"{exact}/{total} types exact" if total else "no types"
    print(f"{name}: pairs F1 {before:.4f} -> {after:.4f} (+{right} right, +{wrong} wrong; {types})")


def set_number(name: str) -> int:
    m = re.search(r"(\d+)$", name)
    return int(m.group(1)) if m else 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--cv", type=int, default=0, metavar="K")
    ap.add_argument("--newest", type=int, default=20, help="how many of the highest-numbered sets to pool apart")
    ap.add_argument("--check", nargs="*", type=Path, default=[])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--threshold", type=float, default=_SETTINGS["threshold"])
    ap.add_argument("--cross-threshold", type=float, default=_SETTINGS["cross_threshold"])
    ap.add_argument("--l2", type=float, default=_SETTINGS["l2"])
    ap.add_argument("--epochs", type=int, default=int(_SETTINGS["epochs"]))
    ap.add_argument("--seeds", type=int, default=int(_SETTINGS["seeds"]))
    ap.add_argument("--min-count", type=int, default=int(_SETTINGS["min_count"]))
    ap.add_argument("--type-prune", type=float, default=_SETTINGS["type_prune"])
    args = ap.parse_args(argv)
    _SETTINGS.update(threshold=args.threshold, cross_threshold=args.cross_threshold, l2=args.l2,
                     epochs=args.epochs, seeds=args.seeds, min_count=args.min_count, type_prune=args.type_prune)
    dirs = args.sets or sorted((ROOT / "tests" / "data").glob("heldout*"), key=lambda p: set_number(p.name))
    clf = Classifier()
    rows, stats = collect(dirs, clf)
    print(f"{len(dirs)} sets, {sum(not r.paired for r in rows)} candidates, "
          f"{sum(r.right and not r.paired for r in rows)} right")
    if args.cv:
        newest = {d.name for d in sorted(dirs, key=lambda p: set_number(p.name))[-args.newest:]}
        folds: list[tuple[learned_pairs.PairModel, list[Row]]] = []
        for k in range(args.cv):
            model = train_model([r for r in rows if set_number(r.set_name) % args.cv != k])
            test = [r for r in rows if set_number(r.set_name) % args.cv == k]
            report(f"fold {k}", test, {n: s for n, s in stats.items() if set_number(n) % args.cv == k}, model)
            folds.append((model, test))
        # pooled: each set's candidates scored by the model that did not see the set
        pools: list[tuple[str, Callable[[str], bool]]] = [("pooled", lambda n: True),
                                                           (f"newest {len(newest)}", lambda n: n in newest)]
        for name, keep in pools:
            tot = [0, 0, 0, 0]
            for model, test in folds:
                for i, v in enumerate(added([r for r in test if keep(r.set_name)], model)):
                    tot[i] += v
            kept = [s for n, s in stats.items() if keep(n)]
            s0 = SetStats(*(sum(getattr(s, f) for s in kept) for f in ("gold", "found", "right")))
            before = f1(s0.right, s0.found - s0.right, s0.gold - s0.right)
            after = f1(s0.right + tot[0], s0.found - s0.right + tot[1], s0.gold - s0.right - tot[0])
            print(f"{name}: pairs F1 {before:.4f} -> {after:.4f} (+{tot[0]} right, +{tot[1]} wrong; "
                  f"{tot[2]}/{tot[3]} types exact)")
    if args.check or args.write:
        model = train_model(rows)
        for d in args.check:
            crow, cstats = collect([d], clf)
            report(str(d), crow, cstats, model)
        if args.write:
            payload = {
                "about": "bot/learned_pairs.py; written by scripts/train_pair_model.py",
                "trained_on": [d.name for d in dirs],
                "threshold": model.threshold,
                "cross_threshold": model.cross_threshold,
                "pair": dict(model.pair),
                "types": {t: dict(w) for t, w in model.types.items()},
            }
            learned_pairs.MODEL_PATH.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True) + "\n",
                                                encoding="utf-8")
            print(f"wrote {learned_pairs.MODEL_PATH} ({len(model.pair)} pair weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
