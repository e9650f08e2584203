"""Story files: the text files an operator drops into ``seeds/``.

Two formats exist (see LABELING.md): header lines (``url:``, ``date:``, ``title:``) then a blank line and the
body; or the original scraped seed form with no header, where the body may open with an inline
`` date YYYY-MM-DD ``. The seeds were scraped from web pages, so they carry embedded-tweet debris that would
pollute tagging and alerts; that debris is removed here and nothing else is touched, because the classifier's
evidence sentences must quote the story as written.

A bad file never raises anything but ``StoryFileError``: the caller logs one warning and moves on.
"""

from __future__ import annotations

import errno
import html
import os
import re
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.models import StoryInput

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_HEADLINE",
    "ParsedStory",
    "StoryFileError",
    "clean_body",
    "derive_headline",
    "parse_story_text",
    "path_text",
    "read_story_file",
    "story_input_from_file",
]

DEFAULT_MAX_BYTES = 1024 * 1024
MAX_HEADLINE = 120


class StoryFileError(Exception):
    """A story file that cannot be ingested; ``reason`` is short enough for a one-line warning."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True, slots=True)
class ParsedStory:
    title: str
    url: str | None
    published: datetime | None
    body: str


# --- dates --------------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _parse_date(value: str, name: Path | str) -> datetime:
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        raise StoryFileError(name, f"bad date {value.strip()[:40]!r} (want YYYY-MM-DD)")
    year, month, day = (int(g) for g in match.groups())
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        raise StoryFileError(name, f"impossible date {value.strip()}") from None


# --- header -------------------------------------------------------------------------------------------

_HEADER_LINE = re.compile(r"(?i)(url|date|title)[ \t]*:[ \t]*(.*)")
# Seed form: " date 2023-09-18 K-pop sensation ..." (the date glued to the first sentence).
_INLINE_DATE = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]*\n|[ \t]+|[ \t]*\Z)")


def _split_header(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Header lines are only recognised as a block at the very top; the first other line ends the block.

    A blank line after the block is the documented separator; a file that omits it still parses (the header
    keys are distinctive enough that a body starting with "Title: ..." is not a real risk worth failing on).
    """
    fields: dict[str, str] = {}
    index = 0
    while index < len(lines):
        match = _HEADER_LINE.fullmatch(lines[index].strip())
        if match is None:
            break
        fields.setdefault(match.group(1).lower(), match.group(2).strip())
        index += 1
    if fields and index < len(lines) and not lines[index].strip():
        index += 1
    return fields, lines[index:]


# --- noise --------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "… pic.twitter.com/xyz— Display Name (@handle) July 27, 2023" — the tail of an embedded tweet.
_TWEET_ATTRIBUTION = re.compile(
    r"(?:—|–|&mdash;|--)[^\n]{0,160}?\(@\w{1,30}\)\s+"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\s*$"
)
_EXPAND_TWEET = re.compile(r"(?i)expand\s+tweet")
_TWITTER_LINK = re.compile(r"[ \t]*(?<![\w.-])(?:https?://)?(?:www\.)?(?:pic\.twitter\.com|t\.co)/[A-Za-z0-9_]+")


def _drop_tweet_paragraphs(lines: list[str]) -> list[str]:
    """Drop each embedded tweet: the lines of its paragraph up to and including the attribution line.

    Scraped embeds are "tweet text — name (@handle) date": the text is the tweet, not the article, so it
    goes with the attribution. Lines after the attribution in the same paragraph are article text and stay.
    """
    kept: list[str] = []
    segment_start = 0  # index in ``kept`` where the current paragraph (or post-attribution run) begins
    for line in lines:
        if not line.strip():
            kept.append(line)
            segment_start = len(kept)
            continue
        if "(@" in line and _TWEET_ATTRIBUTION.search(line):
            del kept[segment_start:]
            continue
        kept.append(line)
    return kept


def clean_body(text: str) -> str:
    """Remove scraping noise, keep every other character of the article as it was."""
    lines = _drop_tweet_paragraphs(text.split("\n"))
    out: list[str] = []
    for line in lines:
        if _EXPAND_TWEET.fullmatch(line.strip()):
            continue
        if "t.co/" in line or "twitter.com/" in line:
            stripped = _TWITTER_LINK.sub("", line)
            if not stripped.strip():
                continue
            line = stripped
        out.append(line)
    # Collapse the blank-line runs that removals leave behind, and trim the ends.
    body = re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", "\n".join(out))
    return body.strip("\n").rstrip()


# --- headline -----------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…](?=[\"'”’)\]]*(?:\s|$))")
_TRAILING_JUNK = re.compile(r"[\s,;:\-–—/&(\[{\"'“‘«]+$")
_DANGLING = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the",
    "to", "via", "with", "who", "which", "that", "while", "whose", "is", "are", "was", "were", "his", "her",
    "their", "its",
})


_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "vs", "no", "feat", "ft", "jr", "sr", "vol", "ep", "prof", "inc", "co", "ltd",
})
_CLAUSE_BREAK = re.compile(r"(?:[,;:]| [—–-])\s")
_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "as", "so", "yet", "whereas"})


def derive_headline(body: str, limit: int = MAX_HEADLINE) -> str:
    """A title for a story that has none: its first sentence, cut at a word to fit an embed title."""
    # The first paragraph, with hard-wrapped lines joined: a sentence may run over several lines.
    first = next((p for p in re.split(r"\n[ \t]*\n", body) if p.strip()), "")
    first = " ".join(first.split())
    sentence = first
    for match in _SENTENCE_END.finditer(first):
        word = first[: match.start()].rsplit(" ", 1)[-1].lower()
        if match.group() == "." and (word in _ABBREVIATIONS or re.fullmatch(r"\w|(?:\w\.)+\w", word)):
            continue  # "Mr. Kim", "J. Cole", "U.S." do not end the sentence
        sentence = first[: match.start() + 1]
        break
    if len(sentence) <= limit:
        return sentence.rstrip(".").rstrip() or sentence
    cut = sentence[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > 0 else sentence[:limit]
    # Prefer ending at a clause boundary late enough to keep most of the sentence, and drop a last clause
    # that only opens with a conjunction ("..., and for many"): the rest reads as a complete headline.
    clauses = [m.start() for m in _CLAUSE_BREAK.finditer(cut) if m.start() >= limit // 2]
    if clauses:
        cut = cut[: clauses[-1]]
        tail = _CLAUSE_BREAK.split(cut)[-1].strip().lower()
        earlier = [m.start() for m in _CLAUSE_BREAK.finditer(cut) if m.start() >= limit // 2]
        if earlier and tail.split(" ", 1)[0] in _CONJUNCTIONS:
            cut = cut[: earlier[-1]]
    words = _TRAILING_JUNK.sub("", cut).split(" ")
    # A headline ending in "by" or "the" reads as broken; drop such words (but never down to nothing).
    while len(words) > 3 and words[-1].lower() in _DANGLING:
        words.pop()
        words[-1] = _TRAILING_JUNK.sub("", words[-1])
    return _TRAILING_JUNK.sub("", " ".join(words))


# --- parsing ------------------------------------------------------------------------------------------


def parse_story_text(text: str, *, name: Path | str) -> ParsedStory:
    """Parse decoded story text; ``name`` only labels errors."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    fields, body_lines = _split_header(lines)

    published = _parse_date(fields["date"], name) if fields.get("date") else None
    body = "\n".join(body_lines)
    inline = _INLINE_DATE.match(body)
    if inline is not None:
        inline_date = _parse_date(inline.group(1), name)
        published = published or inline_date
        body = body[inline.end() :]

    body = clean_body(_unescape(body))
    if not body.strip():
        raise StoryFileError(name, "empty")
    title = " ".join(_unescape(fields.get("title", "")).split()) or derive_headline(body)
    url = fields.get("url") or None
    return ParsedStory(title=title, url=url, published=published, body=body)


# HTML character references left in text copied from a page ("&lt;Read more&gt;", "BOYNEXTDOOR &amp; TWS")
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,10}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def _unescape(text: str) -> str:
    """Text with HTML character references decoded, so a story copied from page source reads like the page
    (the tagger then sees "&" and "<Read more>", not "&amp;" and "&lt;"). Text without any is returned as is."""
    return html.unescape(text) if _ENTITY.search(text) else text


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if (b < 0x20 and b not in (9, 10, 12, 13)) or b == 0x7F)
    return controls > max(8, len(sample) // 20)


def path_text(text: str) -> str:
    """A file name as storable, printable text.

    Names that are not valid UTF-8 reach Python with lone surrogates, which SQLite (and a UTF-8 terminal)
    refuse; the bad bytes become ``\\xNN`` escapes instead. Valid names are returned unchanged, and the
    escape is the same every time, so such a file still has one stable entry key.
    """
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file system produced: escape it as it is
        raw = text.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file, or a broken symlink"
    return exc.strerror or exc.__class__.__name__


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


def read_story_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedStory:
    """Read and parse one story file, enforcing the size cap before reading the whole thing."""
    try:
        # O_NONBLOCK: opening a FIFO (or a device) must not wait for a writer that may never come; what was
        # opened is then checked with fstat, so a file swapped for a FIFO after a stat cannot hang us either.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise StoryFileError(path, f"unreadable ({_os_reason(exc)})") from None
    try:
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise StoryFileError(path, f"not a regular file ({_file_kind(st.st_mode)})")
            if st.st_size > max_bytes:
                raise StoryFileError(path, f"too large ({st.st_size} bytes > {max_bytes})")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise StoryFileError(path, f"unreadable ({_os_reason(exc)})") from None
    if len(data) > max_bytes:  # grew between stat and read
        raise StoryFileError(path, f"too large (> {max_bytes} bytes)")
    if not data.strip():
        raise StoryFileError(path, "empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise StoryFileError(path, "not UTF-8 (UTF-16)")
    if _looks_binary(data):
        raise StoryFileError(path, "binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoryFileError(path, f"not UTF-8 (bad byte at offset {exc.start})") from None
    return parse_story_text(text, name=path)


def story_input_from_file(
    path: Path, *, root: Path | None = None, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> StoryInput:
    """A story file as a ``StoryInput``.

    ``entry_key`` is the path relative to ``root`` (the seeds folder; default the file's own folder) so it is
    the same whether the file is ingested alone, with its folder, or by the watcher, and whichever working
    directory the bot runs from. ``source`` is ``file:<root folder name>`` unless given.
    """
    parsed = read_story_file(path, max_bytes=max_bytes)
    base = (root if root is not None else path.parent).resolve()
    full = path.resolve()
    try:
        key = full.relative_to(base).as_posix()
    except ValueError:
        key = path.name
    return StoryInput(
        source=source or f"file:{path_text(base.name)}",
        entry_key=path_text(key),
        url=parsed.url,
        title=parsed.title,
        published=parsed.published,
        body=parsed.body,
    )
