#!/bin/bash
# usage: evlist.sh term ; list files (and page names in statements.csv) containing the term
t="$1"
echo "### $t"
grep -ril -- "$t" /work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b/page_* 2>/dev/null | grep -v 'statements.csv$' | head -8
for s in $(find /work/main/labels /work/blind4* -name statements.csv 2>/dev/null); do grep -i -- "$t" "$s" | cut -d, -f1 | sort -u; done | sort -u | head -8
