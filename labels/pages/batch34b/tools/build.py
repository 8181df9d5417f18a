"""Collect the hand labels of the six pages, check each unit is in its page, write statements.csv."""
import collections
import sys

import common
import labels_1_kenya, labels_2_eritrea, labels_3_southsudan, labels_4_zambia, labels_5_botswana, labels_6_southafrica

rows = []
for m in (labels_1_kenya, labels_2_eritrea, labels_3_southsudan, labels_4_zambia, labels_5_botswana, labels_6_southafrica):
    rows += m.ROWS

bad = common.check(rows)
if bad:
    sys.exit(bad)
common.write(rows)
per = collections.Counter(r[0] for r in rows)
for d, n in per.items():
    print(n, d)
print(len(rows), dict(collections.Counter(r[3] for r in rows)))
