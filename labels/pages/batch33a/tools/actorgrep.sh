#!/bin/bash
# usage: actorgrep.sh term... ; greps the project's name files (case-insensitive)
cd /work/main
for t in "$@"; do echo "## $t"; grep -i -h -- "$t" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv | head -8; done
