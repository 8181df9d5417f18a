"""Word count of each page's visible text (furniture included) in this folder."""
import glob, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text
for p in sorted(glob.glob(os.path.join(os.path.dirname(__file__), '..', 'page_*'))):
    print(len(visible_text(p).split()), os.path.basename(p))
