#!/bin/bash
# usage: canon.sh word...  grep the name files for each word
cd /work/main
for w in "$@"; do echo "== $w"; grep -i -- "$w" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv labels/pages/new_actors.csv | head -8; done
