#!/bin/bash
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53b"
for t in "$@"; do echo "== $t"; grep -rilw -- "$t" $DIRS 2>/dev/null | grep -v statements.csv | xargs -r -n1 basename | sort | uniq | head -8; echo "  csv rows docs:"; grep -rihw -- "$t" $DIRS --include=statements.csv 2>/dev/null | cut -d, -f1 | sort | uniq -c | head -5; done
