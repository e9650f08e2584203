"""Feed HTML to plain text, and removal of the boilerplate feeds append to every entry.

This runs once per feed entry, so it is a few compiled regular expressions rather than a full HTML parser:
feed bodies are small, mostly well-formed fragments, and all we keep is their text. Block elements become
paragraph breaks so the sentence splitter downstream still sees paragraph boundaries; entities are decoded
exactly once, except that a body which turns out to be escaped HTML *again* (seen in real feeds:
``&amp;lt;p&amp;gt;``) gets a second pass, because its tags would otherwise end up in the story text.
"""

from __future__ import annotations

import html
import re

__all__ = ["clean_feed_text", "html_to_text", "strip_boilerplate"]

# Elements whose whole content is noise, not text.
_DROP_BLOCK = re.compile(
    r"<(script|style|noscript|template|iframe|svg|object|head)\b[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)|<!\[CDATA\[|\]\]>|<![^>]*>|<\?[^>]*>", re.DOTALL)
# A tag: name, then attributes where quoted values may contain '>'.
_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>""")
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote", "pre",
    "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "dt", "dd", "table",
    "thead", "tbody", "tfoot", "tr", "hr", "form", "fieldset", "details", "summary", "address", "center",
})
_LINE_TAGS = frozenset({"br", "td", "th"})
# Tags that, if still present after one decode, mean the body was HTML escaped twice.
_LEFTOVER_TAG = re.compile(
    r"</?(?:p|br|div|span|a|em|strong|b|i|u|img|ul|ol|li|h[1-6]|blockquote|figure|figcaption|iframe|"
    r"script|style|table|tr|td)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_MANY_NL = re.compile(r"\n{3,}")

_PARA = "\x00P\x00"
_LINE = "\x00L\x00"


def _tag_replacement(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name in _BLOCK_TAGS:
        return _PARA
    if name in _LINE_TAGS:
        return _LINE
    return ""


def _strip_tags(markup: str) -> str:
    if "<" in markup:
        markup = _DROP_BLOCK.sub(" ", markup)
        if "<!" in markup or "<?" in markup or "]]>" in markup:
            markup = _COMMENT.sub(" ", markup)
        markup = _TAG.sub(_tag_replacement, markup)
    # Source newlines are just whitespace in HTML; only tags make breaks.
    markup = markup.replace("\n", " ")
    if "&" in markup:
        markup = html.unescape(markup)
    return markup


def _normalise_space(text: str) -> str:
    # str.split() (C, Unicode-aware) is several times faster than a whitespace regex here.
    text = text.replace("\n", " ").replace(_PARA, "\n\n").replace(_LINE, "\n")
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    text = "\n".join([" ".join(line.split()) for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _MANY_NL.sub("\n\n", text)
    return text.strip()


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by a blank line, single spaces otherwise."""
    if not markup:
        return ""
    if "<" not in markup and "&" not in markup:
        return _normalise_space(markup)
    text = _strip_tags(markup)
    if "<" in text and _LEFTOVER_TAG.search(text):
        text = _strip_tags(text)
    return _normalise_space(text)


# ---- boilerplate ----------------------------------------------------------------------------------

# "… Continue reading <title> The post <title> appeared first on Soompi." -- often cut mid-word.
_CONTINUE = re.compile(r"\s*(?:→|»|&rarr;)?\s*\bContinue reading\b.{0,600}\Z", re.DOTALL | re.IGNORECASE)
# WordPress's footer, possibly cut off at a fixed length ("... appeared f").
_THE_POST = re.compile(r"\s*\bThe post\s.{1,400}?\sappeared(?:\s.{0,120})?\Z", re.DOTALL)
_THE_POST_CUT = re.compile(r"\s*\bThe post\s.{0,400}\Z", re.DOTALL)
_READ_MORE = re.compile(r"\s*\b(?:Read more|Read More|READ MORE)\s*(?:»|→|\.\.\.|…)?\s*\Z")
# WordPress excerpt marker: "[…]" / "[...]" / "[&hellip;]".
_BRACKET_ELLIPSIS = re.compile(r"\s*\[(?:…|\.\.\.|&hellip;)\]\s*\Z")


_TAIL = 1500  # footers live in the last few hundred characters; never scan a whole long body for them
_MARKERS = ("Continue reading", "continue reading", "CONTINUE READING", "The post", "Read more", "Read More",
            "READ MORE", "]")


def strip_boilerplate(text: str, title: str | None = None) -> str:
    """Remove the footers feed software appends to excerpts.

    ``title`` lets a truncated "The post <title>…" footer be recognised even when it is cut before the
    word "appeared" (the footer repeats the entry's own title).
    """
    if not text:
        return text
    cut = max(len(text) - _TAIL, 0)
    head, tail = text[:cut], text[cut:]
    if not any(marker in tail for marker in _MARKERS):
        return text
    before = None
    while before != tail:
        before = tail
        if "ontinue reading" in tail or "ONTINUE READING" in tail:
            tail = _CONTINUE.sub("", tail)
        if "The post" in tail:
            tail = _THE_POST.sub("", tail)
            if title:
                tail = _strip_cut_footer(tail, title)
        if "ead more" in tail or "EAD MORE" in tail or "ead More" in tail:
            tail = _READ_MORE.sub("", tail)
        if "]" in tail:
            tail = _BRACKET_ELLIPSIS.sub("…", tail)
        tail = tail.rstrip()
    return (head + tail).rstrip()


def _strip_cut_footer(text: str, title: str) -> str:
    match = _THE_POST_CUT.search(text)
    if match is None:
        return text
    rest = match.group(0).strip()[len("The post") :].strip()
    wanted = " ".join(title.split())
    rest = " ".join(rest.split())
    if rest and (wanted.startswith(rest) or rest.startswith(wanted)):
        return text[: match.start()]
    return text


def clean_feed_text(markup: str, title: str | None = None, *, is_html: bool = True) -> str:
    """What a feed entry's body becomes in a story: plain text without feed boilerplate."""
    text = html_to_text(markup) if is_html else _normalise_plain(markup)
    return strip_boilerplate(text, title)


def _normalise_plain(text: str) -> str:
    text = "\n".join([" ".join(line.split()) for line in text.splitlines()])
    return _MANY_NL.sub("\n\n", text).strip()
