"""Runs the shared self-check (/work/main/labels/pages/check_batch.py, read, not copied or changed) with the
word range of this batch's brief (250-500 visible words per page instead of the hard-coded 600-1200).

    python3 tools/check_short.py /work/batch16b --source page --rows 8-15
"""
import sys

SRC = "/work/main/labels/pages/check_batch.py"
code = open(SRC, encoding="utf-8").read()
assert "600 <= words <= 1200" in code and "aim 600-1200" in code
code = code.replace("600 <= words <= 1200", "250 <= words <= 500").replace("aim 600-1200", "aim 250-500")
sys.argv[0] = SRC
exec(compile(code, SRC, "exec"), {"__name__": "__main__", "__file__": SRC})
