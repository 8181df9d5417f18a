"""Bounded memos of pure functions of a sentence.

Syndicated wire copy, live blogs and re-scraped pages repeat whole paragraphs word for word; the
registry's mentions, the attribution's tokens and verb sites, and the model's predictions of a
sentence are pure functions of it, so each is remembered here and read once. A memo forgets
everything at once when full, so memory stays bounded.
"""

from __future__ import annotations

import weakref
from typing import Any

# Every live memo by its id (a dict is unhashable, so no WeakSet); a collected memo leaves by itself.
_EVERY_MEMO: "weakref.WeakValueDictionary[int, Memo]" = weakref.WeakValueDictionary()


class Memo(dict):
    """A dict of at most ``size`` answers: ``keep`` stores one, emptying the memo first when full."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size
        _EVERY_MEMO[id(self)] = self

    def keep(self, key: Any, value: Any) -> Any:
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value


def forget_all() -> None:
    """Empty every memo of this process (a benchmark that must start cold)."""
    for memo in list(_EVERY_MEMO.values()):
        memo.clear()
