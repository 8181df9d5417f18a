"""Helper used while revising drafts: replace a sentence in a page and in its label module at once
(the label module stores sentences with escaped double quotes)."""
import sys, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def esc(s): return s.replace('"', '\\"')
def rep(page, module, old, new, in_module=True):
    p = os.path.join(BASE, page); m = os.path.join(BASE, 'tools/labels', module)
    s = open(p, encoding='utf-8').read()
    assert s.count(old) == 1, ('page', page, old[:60], s.count(old))
    open(p, 'w', encoding='utf-8').write(s.replace(old, new))
    if in_module:
        t = open(m, encoding='utf-8').read()
        n = t.count(esc(old))
        assert n >= 1, ('module', module, old[:60])
        open(m, 'w', encoding='utf-8').write(t.replace(esc(old), esc(new)))
