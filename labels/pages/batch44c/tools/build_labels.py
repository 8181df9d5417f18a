"""Writes ../statements.csv from the hand decisions in labels_*.py beside this file (batch44c), with
the shared builder (labels/pages/batch2a/tools/unitlabels.py, read-only import)."""
import os
import sys

sys.path.insert(0, "/work/main/labels/pages/batch2a/tools")  # the shared builder and pagetext.py
from unitlabels import build  # noqa: E402

if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)), source="page")
