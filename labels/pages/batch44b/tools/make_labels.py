"""Collect the hand-written rows of the six pages, check each sentence is in its page, write statements.csv."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import check_and_write, HERE
import labels_1_uganda, labels_2_burundi, labels_3_ethiopia, labels_4_southsudan, labels_5_seychelles, labels_6_mozambique

rows = []
for m in (labels_1_uganda, labels_2_burundi, labels_3_ethiopia, labels_4_southsudan, labels_5_seychelles, labels_6_mozambique):
    rows += m.ROWS
bad = check_and_write(rows, HERE / "statements.csv")
print(len(rows), "rows;", bad, "not found")
