#!/bin/bash
# grep the project name files for each term
cd /work/main
for t in "$@"; do echo "## $t"; grep -i -h -- "$t" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv | cut -c1-140 | head -8; done
