#!/bin/bash
cd /work/main
for t in "$@"; do echo "== $t"; grep -i -- "$t" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv | head -8; done
