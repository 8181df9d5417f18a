#!/bin/bash
# usage: canon.sh name ... ; greps the project's name files for each name
cd /work/main
for n in "$@"; do echo "== $n"; grep -ih -- "$n" labels/actors.csv pipeline/data/officeholders.csv pipeline/data/organisations.csv pipeline/data/parties.csv | head -${MAX:-5}; done
