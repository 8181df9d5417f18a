"""Insert a section file into build_labels.py before def main()."""
import sys
import os
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build_labels.py")
t = open(p, encoding="utf-8").read()
sec = open(sys.argv[1], encoding="utf-8").read()
k = t.index("\n\ndef main():")
open(p, "w", encoding="utf-8").write(t[:k] + "\n" + sec.rstrip("\n") + "\n" + t[k:])
