#!/bin/bash
# usage: actor.sh term ... : look a name up in the four name files
for t in "$@"; do echo "== $t"; grep -i -- "$t" /work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv /work/main/pipeline/data/officeholders.csv | head -12; done
