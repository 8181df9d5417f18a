#!/bin/bash
cd /work/main
for a in "$@"; do echo "== $a"; grep -ih -- "$a" labels/actors.csv pipeline/data/organisations.csv pipeline/data/parties.csv pipeline/data/officeholders.csv /work/batch45c/new_actors.csv 2>/dev/null | head -6; done
