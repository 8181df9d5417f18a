"""Writes ../statements.csv from the hand decisions in labels_*.py beside this file (batch32e),
with the shared builder copied from labels/pages/batch2a/tools (unitlabels.py, pagetext.py)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from unitlabels import build  # noqa: E402

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), source="page")
