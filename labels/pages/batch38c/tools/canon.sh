#!/bin/bash
# usage: canon.sh term ... -> matching lines in the name files (grep -i)
for t in "$@"; do
 echo "== $t"
 grep -ih -- "$t" /work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv /work/main/pipeline/data/officeholders.csv /work/main/labels/pages/new_actors.csv 2>/dev/null | sort -u | head -12
done
