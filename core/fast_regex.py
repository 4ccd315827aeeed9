"""Patterns that fail at once where no match can start (issue 12: speed of the common case).

Python's regex engine tries every alternative of a pattern at every position of the text it searches.
The vocabulary's patterns are long alternations (DURATION lists the number words, DATE the month names,
UNIT_LINE a dozen phrasings), so a search that finds nothing costs 300-400 ns a character: 15 us for one
header line of years. A look-ahead on the characters a match can start with (`(?=[dfhnoqsty\\d])`) lets
a position that starts none fail on one test.

The set is read from the pattern's own parse, so a word added to the vocabulary is covered without
anyone remembering this module; where the set cannot be told (a pattern that may match the empty string,
a negated class or any-character first, a back-reference, flags switched inside), the pattern is kept as
it is. The look-ahead only skips positions where the pattern cannot match, so every match, group and
span is what the pattern alone gives (tests/test_fast_paths.py compares both on the fixture corpus).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parse: Any
try:  # the parser behind `re`: private, so a change of it leaves the patterns as they are (see below)
    _parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python whose re has no such module
    _parse = None

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first characters of a pattern cannot be told from its parse."""


def starting_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` behind a look-ahead on the characters its matches start with; the
    pattern alone where they cannot be told. The source is parsed once more here, but compiled once:
    the vocabulary's patterns are compiled at import, and `python -m core` starts for one file."""
    if _parse is None:
        return re.compile(source, flags)
    try:
        fragments, empty = _first(_parse.parse(source, flags))
        if empty or not fragments:
            return re.compile(source, flags)
        closing = "\n)" if flags & re.VERBOSE else ")"  # a trailing "# comment" must not swallow it
        return re.compile(f"(?=[{''.join(dict.fromkeys(fragments))}])(?:{source}{closing}", flags)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return re.compile(source, flags)


def _char(code: int) -> str:
    return f"\\U{code:08x}"  # unambiguous in any class, verbose or not


def _first(items: Any) -> tuple[list[str], bool]:
    """The class fragments a match of this sequence can start with, and whether it can match nothing."""
    fragments: list[str] = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            return [*fragments, _char(value)], False
        if name == "IN":
            return [*fragments, *_class(value)], False
        if name in _ZERO_WIDTH:
            continue  # an anchor or look-around takes no character: the next item starts the match
        if name == "BRANCH":
            empty = False
            for alternative in value[1]:
                more, alternative_empty = _first(alternative)
                fragments += more
                empty = empty or alternative_empty
            if not empty:
                return fragments, False
            continue
        if name == "SUBPATTERN":
            _, added, removed, inner = value
            if added or removed:
                raise _Unknown  # (?i:...) inside: the look-ahead would fold case differently
            more, empty = _first(inner)
        elif name == "ATOMIC_GROUP":
            more, empty = _first(value)
        elif name in _REPEATS:
            low, _, inner = value
            more, empty = _first(inner)
            empty = empty or low == 0
        else:
            raise _Unknown  # any character, a negated literal, a back-reference, a conditional
        fragments += more
        if not empty:
            return fragments, False
    return fragments, True


def _class(items: Any) -> list[str]:
    fragments = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            fragments.append(_char(value))
        elif name == "RANGE":
            fragments.append(f"{_char(value[0])}-{_char(value[1])}")
        elif name == "CATEGORY" and str(value) in _CATEGORIES:
            fragments.append(_CATEGORIES[str(value)])
        else:
            raise _Unknown  # a negated class or category: no short set of first characters
    return fragments


def word_alternation(words: list[str]) -> str:
    """`"|".join(words)` as a tree of shared prefixes ("t(?:wenty(?:-eight| eight|...)|hirteen)|f(?:...)").

    The engine tries an alternation's words one after another at every position of a search: thirty
    number words cost thirty failed comparisons where no word starts. As a tree, a position that starts
    none fails on its first character. The words come longest first, so a word is tried before any word
    it begins ("sixteen" before "six") in the tree as in the list; words that share a first character
    keep their order, and words that start differently never match at one position: the engine tries the
    same words in the same order wherever a match is possible, and every match is the same. The words
    are written as they are (the vocabulary's hold no character special to a pattern)."""
    if any(not word or word != word.lower() or any(c in word for c in "\\^$.|?*+()[]{}") for word in words):
        raise ValueError("word_alternation takes lower-case words without pattern characters")
    if words != sorted(words, key=len, reverse=True):
        raise ValueError("word_alternation takes its words longest first")
    return _tree(words)


def _tree(words: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    branches = []
    for first, group in groups.items():
        if not first:
            branches.append("")  # a word ended here, after every longer word that it begins
            continue
        common = _common_prefix(group)
        tails = [word[len(common):] for word in group]
        branches.append(common if tails == [""] else f"{common}(?:{_tree(tails)})")
    return "|".join(branches)


def _common_prefix(words: list[str]) -> str:
    shortest = min(words, key=len)
    for index, char in enumerate(shortest):
        if any(word[index] != char for word in words):
            return shortest[:index]
    return shortest


def search_holding(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, answered None at once for an ASCII text holding none of `words` (lower case),
    which every match of the pattern holds. Outside ASCII the pattern is asked: IGNORECASE folds "\u017f"
    into "s" and "\u212a" into "k", which no word test in lower case sees (issue 12; each caller's words are
    compared with its pattern on every fixture line by tests/test_fast_paths.py)."""
    if text.isascii():
        lowered = text.lower()
        # (a loop, not any() over a generator: a third of the cost, and this is asked of most lines)
        for word in words:
            if word in lowered:
                return pattern.search(text)
        return None
    return pattern.search(text)
