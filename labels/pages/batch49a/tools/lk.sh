#!/bin/bash
# usage: lk.sh term ...  -> matching lines in the project's name files and in this batch's new_actors.csv
cd /work/main
for t in "$@"; do echo "== $t"; grep -i -- "$t" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv /work/batch49a/new_actors.csv 2>/dev/null | head -12; done
