"""Word counts per page: all visible text, and article text approximated as visible lines of 12+ words (furniture lines are short)."""
import glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pagetext import visible_text
for p in sorted(glob.glob(os.path.join(HERE, "..", "page_*"))):
    t = visible_text(p)
    lines = [l for l in t.split("\n") if l.strip()]
    art = sum(len(l.split()) for l in lines if len(l.split()) >= 12)
    print(f"{os.path.basename(p):60s} visible {len(t.split()):5d}  article~ {art:5d}")
