#!/bin/bash
# usage: who.sh TERM...  -> grep name files for each term
for t in "$@"; do echo "== $t"; grep -ih -- "$t" /work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv /work/main/pipeline/data/officeholders.csv /work/main/labels/pages/states.csv | head -8; done
