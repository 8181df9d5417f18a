"""List the paragraphs of each page that no labelled unit comes from (to re-read for missed statements)."""
import glob, importlib.util, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pagetext import paragraphs, norm
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for path in sorted(glob.glob(os.path.join(ROOT, 'tools', 'labels_*.py'))):
    spec = importlib.util.spec_from_file_location('m', path); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    sents = [norm(r[0]) for r in m.ROWS]
    print('=====', m.DOC)
    for p in paragraphs(os.path.join(ROOT, m.DOC)):
        rest = p
        for s in sents:
            rest = rest.replace(s, '')
        rest = norm(rest)
        if len(rest.split()) >= 6:
            print('  -', rest[:230])
