#!/bin/bash
# usage: lookup.sh term ... -> matching lines in the project's name files
for t in "$@"; do echo "== $t"; grep -i -h -- "$t" /work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv | head -8; grep -i -h -- "$t" /work/main/pipeline/data/officeholders.csv | cut -d, -f1-5 | head -4; done
