"""Collect the hand-written rows of the six pages, check each sentence is in its page, write statements.csv."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import check_and_write, HERE
import labels_1_ethiopia, labels_2_zimbabwe, labels_3_malawi, labels_4_uganda, labels_5_southafrica, labels_6_lesotho

rows = []
for m in (labels_1_ethiopia, labels_2_zimbabwe, labels_3_malawi, labels_4_uganda, labels_5_southafrica, labels_6_lesotho):
    rows += m.ROWS
bad = check_and_write(rows, HERE / "statements.csv")
print(len(rows), "rows;", bad, "not found")
