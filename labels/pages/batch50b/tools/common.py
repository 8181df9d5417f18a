"""Shared helper: find a sentence unit of a page by a unique fragment (the label text is the unit as it stands)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from listsent import paragraphs, sentences
PAGES = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class Page:
    def __init__(self, doc):
        self.doc = doc
        self.units = [s for p in paragraphs(os.path.join(PAGES, doc)) for s in sentences(p)]
    def S(self, frag, strip=None):
        hits = [u for u in self.units if frag in u]
        if len(hits) != 1:
            raise SystemExit(f"{self.doc}: fragment {frag!r} matches {len(hits)} units")
        u = hits[0]
        if strip:
            assert u.startswith(strip), (u, strip)
            u = u[len(strip):].strip()
        return u
