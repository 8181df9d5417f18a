"""Write /work/batch36f/statements.csv from the six label modules (hand labels, no model output)."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import labels_1_canada, labels_2_brazil, labels_3_mexico, labels_4_chile, labels_5_usa, labels_6_costarica
MODS = [labels_1_canada, labels_2_brazil, labels_3_mexico, labels_4_chile, labels_5_usa, labels_6_costarica]
out = os.path.join(common.HERE, 'statements.csv')
ok = True
with open(out, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    for m in MODS:
        ok &= common.check(m.DOC, m.ROWS)
        for sent, actor, stance, senti, target, note in m.ROWS:
            assert stance in ('condemning', 'supporting', 'neutral', 'calling_for_talks')
            assert senti in ('negative', 'neutral', 'positive')
            w.writerow([m.DOC, common.norm(sent), actor, stance, senti, target, 'page', note])
        print(m.DOC, len(m.ROWS))
print('all sentences found' if ok else 'PROBLEMS')
