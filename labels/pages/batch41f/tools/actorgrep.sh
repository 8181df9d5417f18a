#!/bin/bash
cd /work/main
for n in "$@"; do echo "== $n"; grep -ih -- "$n" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv | head -8; done
