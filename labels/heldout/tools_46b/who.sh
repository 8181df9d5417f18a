#!/bin/bash
# usage: who.sh term ... -> lines in the name files that mention the term (actor column first)
F="/work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv /work/main/pipeline/data/officeholders.csv /work/main/labels/pages/states.csv"
for t in "$@"; do echo "== $t"; grep -i -h -- "$t" $F | head -${N:-8}; done
