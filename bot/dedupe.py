"""Near-duplicate detection: the same story from two feeds, or from a feed and a story file, is one group.

The hard, common case is asymmetric: a feed entry carries a headline and a one- or two-sentence excerpt
(often cut mid-word, with "Continue reading … The post … appeared first on …" glued on), while the story
file or another feed has the full article. Jaccard similarity (and so plain MinHash/LSH) of a 40-word excerpt
against a 500-word article is under 0.1, indistinguishable from two unrelated stories that share a few
phrases. What does separate them is *containment*: nearly every 4-word shingle of the excerpt occurs in the
article. So a signature keeps a consistent sample of a text's shingle hashes (those with one hash bit clear,
the same rule for every text, so the samples of an excerpt and of its article overlap exactly where the texts
do), and the decision is made on how much of the smaller sample lies inside the larger one. Containment alone
would join different stories that share a stock paragraph (a drama synopsis under every episode preview, a
site blurb), so the opening of one text must also be found in the other, and short look-alike texts need
look-alike headlines. Different stories about the same artist share names, not 4-word runs of text.

Candidates come from an inverted index: each story posts its 64 smallest sampled hashes plus its opening's
(a consistent sub-sample), kept as sorted ``uint64`` arrays of ``hash << 32 | doc`` — 8 bytes a posting,
binary search, a small array merged on every add and folded into the big one now and then. The index keeps
the newest ``capacity`` stories (about 2.7 KB each in memory: 27 MB at the default 10,000); older ones age
out, which bounds memory and is harmless because re-reports of a story arrive within days.
"""

from __future__ import annotations

import logging
import re
import struct
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_CAPACITY",
    "SIGNATURE_VERSION",
    "DuplicateIndex",
    "Match",
    "Signature",
    "decide",
    "make_signature",
    "signature",
]

SIGNATURE_VERSION = 1
DEFAULT_CAPACITY = 10_000
SHINGLE = 4
MAX_TEXT = 32_768  # characters of title or body looked at
MAX_SAMPLED = 256  # sampled hashes kept per text, in text order: ~1,000 words, more than a lead needs
TOKEN_CHARS = 16  # tokens are hashed on their first 16 characters (a vectorised hash needs a fixed width)
CANDIDATES = 8
YOUNG_POSTINGS = 16_384  # postings in the small sorted array before it is folded into the big one
INDEX_KEYS = 64  # sampled hashes indexed per story: its smallest, a consistent sub-sample
LEAD_KEYS = 8  # ... plus its first ones in text order, which is what a feed excerpt quotes
BOILERPLATE_POSTINGS = 64  # a hash shared by this many stories is a stock phrase, useless for finding twins
COMMON_GROUPS = 3  # a hash found in this many duplicate groups is a stock phrase, not evidence

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]

_LOW32 = np.uint64(0xFFFFFFFF)
_S32 = np.uint64(32)
_S33 = np.uint64(33)
_EMPTY64: U64 = np.empty(0, dtype=np.uint64)
_EMPTY32: U32 = np.empty(0, dtype=np.uint32)
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_SHINGLE_MULT = [np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 1)]
_CHAR_POW = np.array(
    [pow(0x100000001B3, i, 1 << 64) for i in range(TOKEN_CHARS)][::-1], dtype=np.uint64
)
_TITLE_KEY_SALT = 0x5BD1E995

# --- normalisation ------------------------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)\S+|\b(?:pic\.twitter\.com|t\.co)/\S+")
# Feed-software footers and teaser tails; the feeds module strips them too, but a signature must not depend
# on every source having been cleaned the same way.
_THE_POST = re.compile(r"(?s)\bthe post\b.{0,300}?\bappeared first on\b\W*\w*")
# "… Continue reading <the entry's own title>" ends WordPress excerpts: the title is not the excerpt's text.
_TEASER = re.compile(
    r"(?s)\bcontinue reading\b.{0,300}\Z|\bread more\b|\bread the full (?:story|article)\b"
)
_WORD = re.compile(r"[^\W_]+")
# ASCII fast path: str.translate + split is ~5x faster than the regex and splits the same way.
_TYPOGRAPHY = ("’", "‘", "“", "”", "—", "–", "…", "\u00a0", "′", "″", "•", "·")
_ASCII_SPLIT = {c: " " for c in range(128) if not chr(c).isalnum()}


def _tokens(text: str) -> list[str]:
    ascii_only = text.isascii()
    if not ascii_only:
        # Most non-ASCII in English news is typography; turning it to spaces first keeps the fast path.
        for mark in _TYPOGRAPHY:
            if mark in text:
                text = text.replace(mark, " ")
        ascii_only = text.isascii()
    text = text.lower() if ascii_only else unicodedata.normalize("NFKC", text).casefold()
    if "://" in text or "www." in text or "t.co/" in text or "twitter.com/" in text:
        text = _URL.sub(" ", text)
    if "appeared first on" in text:
        text = _THE_POST.sub(" ", text)
    if "continue reading" in text or "read more" in text or "read the full" in text:
        text = _TEASER.sub(" ", text)
    if ascii_only:
        return text.translate(_ASCII_SPLIT).split()
    return _WORD.findall(text)


def _mix(h: U64) -> U64:
    """A 64-bit finaliser (murmur3's): spreads the polynomial hash so low bits are fair to sample on.

    (Integer overflow in numpy array arithmetic wraps silently, which is what a hash wants.)
    """
    h = h ^ (h >> _S33)
    h = h * _M1
    h = h ^ (h >> _S33)
    h = h * _M2
    result: U64 = h ^ (h >> _S33)
    return result


def _token_hashes(tokens: list[str]) -> U64:
    """Stable 64-bit token hashes without a Python-level loop (Python's own str hash is salted per run)."""
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    chars = np.array(tokens, dtype=f"<U{TOKEN_CHARS}").view(np.uint32).reshape(len(tokens), TOKEN_CHARS)
    return _mix(chars.astype(np.uint64) @ _CHAR_POW)


def _shingle_hashes(token_hashes: U64) -> U32:
    """32-bit hashes of every run of ``SHINGLE`` consecutive tokens (none for a shorter text)."""
    width = len(token_hashes) - SHINGLE + 1
    if width <= 0:
        return np.empty(0, dtype=np.uint32)
    acc = token_hashes[0:width] * _SHINGLE_MULT[0]
    for offset in range(1, SHINGLE):
        acc = acc + token_hashes[offset : offset + width] * _SHINGLE_MULT[offset]
    return (_mix(acc) >> _S32).astype(np.uint32)


def _sample(hashes: U32) -> tuple[U32, U32]:
    """The consistent sample: hashes with the low bit clear among the first ``MAX_SAMPLED`` so chosen in
    text order (a long article keeps its lead, which is what excerpts quote), de-duplicated and sorted; and
    the first ``LEAD_KEYS`` distinct ones in text order (the opening's), sorted too."""
    kept: U32 = hashes[(hashes & np.uint32(1)) == 0][:MAX_SAMPLED]
    opening: list[int] = []
    for value in kept[: LEAD_KEYS * 4].tolist():
        if value not in opening:
            opening.append(value)
            if len(opening) == LEAD_KEYS:
                break
    opening.sort()
    return np.unique(kept), np.array(opening, dtype=np.uint32)


def _title_keys(token_hashes: U64) -> tuple[int, ...]:
    """Index keys for an exact headline and for its first five words (survives " - Site name" suffixes)."""
    values = [int(h) for h in token_hashes]
    keys: list[int] = []
    for part in (values, values[:5] if len(values) >= 6 else []):
        if not part:
            continue
        acc = len(part)
        for value in part:
            acc = (acc * 0x100000001B3 ^ value) & 0xFFFFFFFFFFFFFFFF
        keys.append(((acc >> 32) ^ _TITLE_KEY_SALT) & 0xFFFFFFFF)
    return tuple(dict.fromkeys(keys))


# --- signatures ---------------------------------------------------------------------------------------

_HEADER = struct.Struct("<BBBBH")  # version, title words, title keys, lead hashes, body hashes


@dataclass(frozen=True, slots=True, eq=False)
class Signature:
    """A story's fingerprint: headline word hashes, headline index keys, sampled body shingle hashes."""

    title: U32
    title_keys: tuple[int, ...]
    body: U32
    lead: U32  # the body's first sampled hashes in text order (a subset of ``body``), sorted

    def to_bytes(self) -> bytes:
        return b"".join((
            _HEADER.pack(
                SIGNATURE_VERSION, len(self.title), len(self.title_keys), len(self.lead), len(self.body)
            ),
            self.title.astype("<u4").tobytes(),
            np.array(self.title_keys, dtype="<u4").tobytes(),
            self.lead.astype("<u4").tobytes(),
            self.body.astype("<u4").tobytes(),
        ))

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        if len(data) < _HEADER.size:
            raise ValueError("signature too short")
        version, n_title, n_keys, n_lead, n_body = _HEADER.unpack_from(data)
        if version != SIGNATURE_VERSION:
            raise ValueError(f"signature version {version}, expected {SIGNATURE_VERSION}")
        if len(data) != _HEADER.size + 4 * (n_title + n_keys + n_lead + n_body):
            raise ValueError("signature length does not match its header")
        words = np.frombuffer(data, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
        lead_at = n_title + n_keys
        return cls(
            title=words[:n_title],
            title_keys=tuple(int(k) for k in words[n_title:lead_at]),
            lead=words[lead_at : lead_at + n_lead],
            body=words[lead_at + n_lead :],
        )


def make_signature(title: str, body: str) -> Signature:
    title_tokens = _tokens(title[:MAX_TEXT])[:255]
    n_title = len(title_tokens)
    # Only the first MAX_SAMPLED sampled shingles are kept, which a text reaches long before MAX_TEXT
    # characters; cutting there first bounds the cost of a huge body without changing its signature.
    body_tokens = _tokens(body[:MAX_TEXT])
    hashes = _token_hashes(title_tokens + body_tokens)  # one vectorised pass for both
    title_hashes = hashes[:n_title]
    shingles = _shingle_hashes(hashes)  # the few straddling title and body are dropped just below
    body_sample, lead = _sample(shingles[n_title:])
    title_set = np.unique((title_hashes >> _S32).astype(np.uint32))
    return Signature(title=title_set, title_keys=_title_keys(title_hashes), body=body_sample, lead=lead)


def signature(title: str, body: str) -> bytes:
    """The stored form of a story's signature (about 4 bytes per two words of body, at most ~1.1 KB)."""
    return make_signature(title, body).to_bytes()


# --- matching -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """A near-duplicate found, with the figures behind the decision (for logs and tuning)."""

    story_id: int
    group_id: int
    containment: float  # share of the smaller body sample found in the larger one
    shared: int  # sampled shingles in common
    title_similarity: float  # Jaccard of headline words
    lead: float  # share of one text's opening found in the other (the better direction)
    rule: str


def _overlap(a: U32, b: U32) -> int:
    if len(a) == 0 or len(b) == 0:
        return 0
    return len(np.intersect1d(a, b, assume_unique=True))


def _lead_in(a: Signature, b: Signature) -> float:
    return _overlap(a.lead, b.body) / len(a.lead) if len(a.lead) else 0.0


def _without(values: U32, common: U32) -> U32:
    if not len(common) or not len(values):
        return values
    result: U32 = values[~np.isin(values, common, assume_unique=True)]
    return result


def decide(query: Signature, other: Signature, common: U32 | None = None) -> Match | None:
    """Whether two signatures are the same story (``story_id``/``group_id`` of the result are 0), and why.

    - ``text``: the smaller text (at least ~16 shingles, a real sentence) lies mostly inside the
      larger, *and* one text's opening is found in the other. Sites reuse stock paragraphs (a drama's
      synopsis under every episode preview, a series' table of contents) that can make up most of a short
      excerpt; what they do not share is the story's own first sentence, which every copy and excerpt of
      one story does. Two short, similar-sized texts under different headlines are also exempt: that is a
      site's fixed teaser blurb under two stories, not one story twice.
    - ``text+title``: the same, for shorter texts, when the headlines are alike too.
    - ``title``: the same headline (four words or more), and bodies too short to judge or not contradicting.

    ``common`` are hashes the index has seen in several unrelated stories (a series' shared opening, a
    site's stock paragraph): they are left out of both texts before anything is counted.
    """
    if common is not None and len(common):
        query = Signature(query.title, query.title_keys, _without(query.body, common), _without(query.lead, common))
        other = Signature(other.title, other.title_keys, _without(other.body, common), _without(other.lead, common))
    tq, to = len(query.title), len(other.title)
    title_shared = _overlap(query.title, other.title)
    tj = title_shared / (tq + to - title_shared) if tq and to else 0.0
    small, large = sorted((len(query.body), len(other.body)))
    shared = _overlap(query.body, other.body)
    cont = shared / small if small else 0.0
    lead = max(_lead_in(query, other), _lead_in(other, query)) if shared else 0.0
    rule: str | None = None
    blurb = large < 2 * small and small < 40 and tq > 0 and to > 0 and tj < 0.2
    enough_text = (small >= 10 and cont >= 0.6) or (small >= 8 and cont >= 0.75)  # 8 ≈ a one-line teaser
    if enough_text and lead >= 0.5 and not blurb:
        rule = "text"
    elif small >= 4 and cont >= 0.6 and lead >= 0.5 and tj >= 0.5:
        rule = "text+title"
    elif tj >= 0.75 and min(tq, to) >= 4 and (small < 4 or cont >= 0.25):
        rule = "title"
    return Match(0, 0, cont, shared, tj, lead, rule) if rule else None


# --- the index ----------------------------------------------------------------------------------------


class SignatureRowLike(Protocol):
    @property
    def story_id(self) -> int: ...
    @property
    def group_id(self) -> int: ...
    @property
    def signature(self) -> bytes: ...


@dataclass(slots=True)
class _Doc:
    story_id: int
    group_id: int
    sig: Signature


class DuplicateIndex:
    """In-memory near-duplicate index over the newest ``capacity`` stories.

    Typical use at ingest::

        sig = DuplicateIndex.signature(story.title, story.body)
        group = index.find(sig)               # None: a story of its own
        story_id, group_id = store(story, sig, group)
        index.add(story_id, group_id, sig)

    Not thread-safe; all calls are synchronous and cheap (well under a millisecond for a 3 KB entry).
    """

    signature = staticmethod(signature)

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._docs: dict[int, _Doc] = {}  # doc number -> doc, oldest first
        self._by_story: dict[int, int] = {}  # story id -> doc number
        self._next_doc = 0
        # Postings as sorted ``hash << 32 | doc``: a big array merged rarely, a small one merged every add.
        self._main: U64 = _EMPTY64
        self._young: U64 = _EMPTY64
        self._dead_postings = 0  # postings whose story aged out or was replaced
        self._warned_unreadable = False
        self._min_story = 1 << 62  # the smallest story id ever indexed (a lower bound of those kept)

    @classmethod
    def from_rows(
        cls, rows: Iterable[SignatureRowLike | tuple[int, int, bytes]], capacity: int = DEFAULT_CAPACITY
    ) -> DuplicateIndex:
        """Rebuild from stored ``(story_id, group_id, signature)`` rows (e.g. ``Store.signatures()``),
        in any order; the newest ``capacity`` story ids are kept. Unreadable signatures are skipped."""
        triples: list[tuple[int, int, bytes]] = []
        for row in rows:
            if isinstance(row, tuple):
                triples.append(row)
            else:
                triples.append((row.story_id, row.group_id, row.signature))
        triples.sort(key=lambda t: t[0])
        index = cls(capacity)
        skipped = 0
        parts: list[U64] = []
        for story_id, group_id, data in triples[-capacity:]:
            try:
                parsed = Signature.from_bytes(data)
            except ValueError:
                skipped += 1
                continue
            parts.append(index._register(story_id, group_id, parsed))
            index._min_story = min(index._min_story, story_id)
        if skipped:
            log.warning("skipped %d stored duplicate signatures of another version or damaged", skipped)
        if parts:
            index._main = np.sort(np.concatenate(parts))
        return index

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._by_story

    # --- writing ---

    def _register(self, story_id: int, group_id: int, sig: Signature) -> U64:
        """Record the story and return its postings (unsorted); evicts the oldest beyond capacity."""
        old = self._by_story.pop(story_id, None)
        if old is not None:
            replaced = self._docs.pop(old, None)  # its postings die with it: lookups skip unknown docs
            if replaced is not None:
                self._dead_postings += _postings_of(replaced.sig)
        doc = self._next_doc
        self._next_doc += 1
        self._docs[doc] = _Doc(story_id, group_id, sig)
        self._by_story[story_id] = doc
        while len(self._docs) > self.capacity:
            oldest = next(iter(self._docs))
            evicted = self._docs.pop(oldest)
            self._dead_postings += _postings_of(evicted.sig)
            if self._by_story.get(evicted.story_id) == oldest:
                del self._by_story[evicted.story_id]
        keys = np.concatenate([
            _index_hashes(sig), np.array(sig.title_keys, dtype=np.uint32)
        ])
        postings: U64 = (keys.astype(np.uint64) << _S32) | np.uint64(doc)
        return postings

    def add(self, story_id: int, group_id: int, sig: bytes | Signature) -> bool:
        """Index a stored story; adding a story id again replaces its earlier version (an edited file).

        Beyond ``capacity`` the earliest added story is forgotten; a story older (smaller id) than all that
        are kept is not added at all, so rows may be added in any order (``from_rows`` is faster still).

        A signature that cannot be read (damaged, or from another version of this module) is not indexed:
        that story just cannot be matched, which must not stop start-up. Returns whether it was indexed.
        """
        if isinstance(sig, Signature):
            parsed = sig
        else:
            try:
                parsed = Signature.from_bytes(sig)
            except ValueError as exc:
                if not self._warned_unreadable:
                    log.warning("ignoring unreadable duplicate signatures (first: story %s, %s)", story_id, exc)
                    self._warned_unreadable = True
                return False
        if len(self._docs) >= self.capacity and story_id < self._min_story and story_id not in self._by_story:
            # Full, and older than every story kept: loading stored rows newest-first keeps the newest.
            return False
        self._min_story = min(self._min_story, story_id)
        fresh = np.sort(self._register(story_id, group_id, parsed))
        self._young = _merge_sorted(self._young, fresh)
        if len(self._young) > YOUNG_POSTINGS:
            self._fold()
        return True

    def set_group(self, story_id: int, group_id: int) -> None:
        """Follow a group change made in storage (e.g. two groups merged by a moderator)."""
        doc = self._by_story.get(story_id)
        if doc is not None:
            self._docs[doc].group_id = group_id

    def _fold(self) -> None:
        """Fold the young postings into the big array; drop dead postings once they are a tenth of it."""
        main = _merge_sorted(self._main, self._young)
        self._young = _EMPTY64
        if self._dead_postings > len(main) // 10:
            # Stories leave in arrival order, so "older than the oldest kept" finds the aged-out postings;
            # a replaced (edited) story's old postings wait until they age out the same way.
            floor = np.uint64(next(iter(self._docs)) if self._docs else self._next_doc)
            main = main[(main & _LOW32) >= floor]
            self._dead_postings = 0
        self._main = main

    # --- reading ---

    def _candidates(self, sig: Signature) -> tuple[list[int], U32]:
        """Stories sharing an indexed hash (or a headline key) with ``sig``, most shared first.

        Each story indexes, and each query looks up, only a consistent sub-sample of its hashes: the
        ``INDEX_KEYS`` smallest plus the lead's. An excerpt quotes the lead, so it meets the lead keys of its
        article; one quoting the middle still meets several of the smallest (a 25-hash excerpt misses all 64
        of a 250-hash article's about once in a thousand). Two copies of one article share all of them.
        """
        title_keys = np.array(sig.title_keys, dtype=np.uint32)
        keys = np.concatenate([_index_hashes(sig), title_keys]).astype(np.uint64)
        if len(keys) == 0:
            return [], _EMPTY32
        weights = np.ones(len(keys), dtype=np.int64)
        weights[len(keys) - len(title_keys) :] = 2
        low = keys << _S32
        high = low | _LOW32
        ranges = []
        sizes = np.zeros(len(keys), dtype=np.int64)
        for postings in (self._main, self._young):
            if len(postings):
                lo = np.searchsorted(postings, low, side="left")
                hi = np.searchsorted(postings, high, side="right")
                sizes += hi - lo
                ranges.append((postings, lo, hi))
        useful = np.nonzero((sizes > 0) & (sizes <= BOILERPLATE_POSTINGS))[0].tolist()
        common = keys[sizes > BOILERPLATE_POSTINGS].astype(np.uint32).tolist()
        if not useful:
            return [], np.array(common, dtype=np.uint32)
        counts: dict[int, int] = {}
        groups_of: dict[int, set[int]] = {}  # for hashes in several stories: which groups they are in
        weight_of = weights.tolist()
        key_of = keys.tolist()
        docs = self._docs
        for postings, lo, hi in ranges:
            los, his = lo.tolist(), hi.tolist()
            for i in useful:
                if his[i] > los[i]:
                    w = weight_of[i]
                    shared_by = groups_of.setdefault(key_of[i], set()) if sizes[i] >= COMMON_GROUPS else None
                    for posting in postings[los[i] : his[i]].tolist():
                        d = posting & 0xFFFFFFFF
                        counts[d] = counts.get(d, 0) + w
                        if shared_by is not None and d in docs:
                            shared_by.add(docs[d].group_id)
        common += [key for key, groups in groups_of.items() if len(groups) >= COMMON_GROUPS]
        live = sorted(((n, d) for d, n in counts.items() if d in docs), reverse=True)
        return [d for _, d in live[:CANDIDATES]], np.unique(np.array(common, dtype=np.uint32))

    def match(self, sig: bytes | Signature) -> Match | None:
        """The best near-duplicate among indexed stories, with the figures that decided it."""
        query = sig if isinstance(sig, Signature) else Signature.from_bytes(sig)
        best: Match | None = None
        candidates, common = self._candidates(query)
        for doc_no in candidates:
            doc = self._docs[doc_no]
            found = decide(query, doc.sig, common)
            if found is None:
                continue
            if best is None or _score(found) > _score(best):
                best = replace(found, story_id=doc.story_id, group_id=doc.group_id)
        return best

    def find(self, sig: bytes | Signature) -> int | None:
        """The duplicate group of a near-duplicate of this story, or None."""
        found = self.match(sig)
        return found.group_id if found else None

    def stats(self) -> dict[str, Any]:
        return {
            "stories": len(self._docs),
            "postings": len(self._main) + len(self._young),
            "bytes": int(self._main.nbytes + self._young.nbytes)
            + sum(d.sig.body.nbytes + d.sig.title.nbytes + d.sig.lead.nbytes for d in self._docs.values()),
        }


def _score(m: Match) -> float:
    return m.containment + m.lead + m.title_similarity


def _index_hashes(sig: Signature) -> U32:
    if len(sig.body) <= INDEX_KEYS:
        return sig.body
    lead = sig.lead[sig.lead > sig.body[INDEX_KEYS - 1]]
    result: U32 = np.concatenate([sig.body[:INDEX_KEYS], lead])
    return result


def _postings_of(sig: Signature) -> int:
    return len(_index_hashes(sig)) + len(sig.title_keys)


def _merge_sorted(a: U64, b: U64) -> U64:
    if not len(a):
        return b
    if not len(b):
        return a
    merged: U64 = np.insert(a, np.searchsorted(a, b), b)
    return merged
