"""Make unanchored regex searches cheaper without changing what they match.

Python's regex engine tries a pattern at every position of the text. When the pattern opens with an assertion
(``\\b``, a lookbehind) or with a case-insensitive alternation, it has no first-character shortcut and walks
every alternative at every position -- the classifier's cue and noise patterns spent most of their time that
way. ``lead(rx)`` works out from the parsed pattern which characters a match can start with and puts a
lookahead for them in front, so most positions fail after one cheap test. A match must consume a character
to be affected (a pattern that can match the empty string is returned unchanged), so the matches, groups and
spans stay exactly the same; patterns it cannot analyse are returned unchanged too.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["lead"]

try:  # the regex parser's internals (CPython 3.11+); without them lead() returns patterns unchanged
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]

    _CATEGORY_ATOMS = {
        _c.CATEGORY_SPACE: r"\s",
        _c.CATEGORY_DIGIT: r"\d",
        _c.CATEGORY_WORD: r"\w",
    }
    _ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
    _AVAILABLE = True
except (ImportError, AttributeError):  # pragma: no cover - other Python implementations
    _AVAILABLE = False


class _Unknown(Exception):
    pass


def _atom(code: int) -> str:
    return "\\" + chr(code) if chr(code) in "\\]^-[" else re.escape(chr(code))


def _first(seq: Any, icase: bool, out: dict[bool, set[str]]) -> bool:
    """Add the atoms a match of ``seq`` can start with to ``out[icase]``; return whether it can be empty."""
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if not _first_op(op, av, icase, out):
            return False
    return True


def _first_op(op: Any, av: Any, icase: bool, out: dict[bool, set[str]]) -> bool:
    if op is _c.LITERAL:
        out[icase].add(_atom(av))
        return False
    if op is _c.IN:
        atoms: set[str] = set()
        for iop, iav in av:
            if iop is _c.LITERAL:
                atoms.add(_atom(iav))
            elif iop is _c.RANGE:
                atoms.add(f"{_atom(iav[0])}-{_atom(iav[1])}")
            elif iop is _c.CATEGORY and iav in _CATEGORY_ATOMS:
                atoms.add(_CATEGORY_ATOMS[iav])
            else:
                raise _Unknown
        out[icase] |= atoms
        return False
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        inner = (icase or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
        return _first(sub, inner, out)
    if op is _c.BRANCH:
        nullable = False
        for alt in av[1]:
            nullable = _first(alt, icase, out) or nullable
        return nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, _hi, item = av
        return _first(item, icase, out) or lo == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first(av, icase, out)
    raise _Unknown


def lead(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a first-character lookahead in front, when one can be derived (see the module doc)."""
    if not _AVAILABLE or rx.flags & (re.MULTILINE | re.VERBOSE | re.LOCALE | re.ASCII | re.DOTALL):
        return rx
    out: dict[bool, set[str]] = {False: set(), True: set()}
    try:
        nullable = _first(_p.parse(rx.pattern, rx.flags), bool(rx.flags & re.IGNORECASE), out)
    except Exception:  # _Unknown, re.error, or a parser that changed shape: leave the pattern alone
        return rx
    if nullable or not (out[False] or out[True]):
        return rx
    parts = []
    if out[False]:
        parts.append("[" + "".join(sorted(out[False])) + "]")
    if out[True]:
        parts.append("(?i:[" + "".join(sorted(out[True])) + "])")
    look = "(?=" + "|".join(parts) + ")"
    # global flags stay in rx.flags; a case-sensitive part under a global IGNORECASE is impossible here because
    # out[False] is only filled when IGNORECASE is off at that point
    if rx.flags & re.IGNORECASE and out[False]:
        return rx
    try:
        return re.compile(look + "(?:" + rx.pattern + ")", rx.flags)
    except re.error:  # e.g. a global inline flag that must open the pattern
        return rx
