#!/usr/bin/env python3
"""Apply a list of (old, new) text replacements to a page and to its row file (same sentence in both)."""
import sys
def apply(paths, pairs):
    for p in paths:
        s = open(p, encoding='utf-8').read()
        for a, b in pairs:
            if a in s:
                s = s.replace(a, b)
            elif p.endswith(('.txt', '.html')):
                sys.exit(f'NOT IN {p}: {a[:60]}')
        open(p, 'w', encoding='utf-8').write(s)
