#!/usr/bin/env python3
"""Build /work/blind48b/statements.csv from the hand decisions in tools/labels_*.py,
and check: every sentence occurs in its page's visible text (whitespace aside),
no (doc, sentence, actor) repeats, every actor/target is a known name, stances and
sentiments are valid. Hand-written; no project code is used."""
import csv, glob, html, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MAIN = '/work/main'

def visible_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return re.sub(r'\s+', ' ', raw)

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def known_names():
    names = set()
    for f in [f'{MAIN}/labels/actors.csv', f'{MAIN}/pipeline/data/organisations.csv',
              f'{MAIN}/pipeline/data/parties.csv']:
        for r in csv.DictReader(open(f, encoding='utf-8')):
            names.add(r['actor'])
    for r in csv.DictReader(open(f'{MAIN}/pipeline/data/officeholders.csv', encoding='utf-8')):
        names.add(r['actor'])
    new = set()
    for r in csv.DictReader(open(f'{ROOT}/new_actors.csv', encoding='utf-8')):
        new.add(r['actor'])
    return names, new

def main():
    names, new = known_names()
    rows, seen, errors = [], set(), []
    for mod in sorted(glob.glob(f'{HERE}/labels_*.py')):
        spec = importlib.util.spec_from_file_location('m', mod)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        text = visible_text(os.path.join(ROOT, m.DOC))
        for (sent, actor, stance, senti, target, note) in m.ROWS:
            if norm(sent) not in text:
                errors.append(f'{m.DOC}: sentence not found: {sent[:80]}')
            key = (m.DOC, norm(sent), actor)
            if key in seen:
                errors.append(f'{m.DOC}: duplicate row: {actor} / {sent[:60]}')
            seen.add(key)
            if stance not in ('condemning', 'supporting', 'neutral', 'calling_for_talks'):
                errors.append(f'bad stance {stance}')
            if senti not in ('negative', 'neutral', 'positive'):
                errors.append(f'bad sentiment {senti}')
            for a in [actor] + ([target] if target else []):
                if a and a not in names and a not in new:
                    errors.append(f'{m.DOC}: unknown actor name: {a}')
            if target and target == actor:
                errors.append(f'{m.DOC}: target equals actor: {sent[:60]}')
            rows.append(dict(doc=m.DOC, sentence=norm(sent), actor=actor, stance=stance,
                             sentiment=senti, target=target, source='dev', note=note))
    # new actors that are already known under that exact name
    for a in sorted(new & names):
        errors.append(f'new_actors.csv: {a} is already a known actor name')
    with open(f'{ROOT}/statements.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=['doc','sentence','actor','stance','sentiment','target','source','note'])
        w.writeheader(); w.writerows(rows)
    from collections import Counter
    print('rows per doc:', Counter(r['doc'] for r in rows))
    print('stances:', Counter(r['stance'] for r in rows))
    print('total', len(rows))
    for e in errors: print('ERROR', e)
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
