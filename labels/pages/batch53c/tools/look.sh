#!/bin/bash
# look up a name in the project's name files (actors, organisations, parties, officeholders, states)
for t in "$@"; do echo "== $t"; grep -i -- "$t" /work/main/labels/actors.csv /work/main/pipeline/data/organisations.csv /work/main/pipeline/data/parties.csv /work/main/pipeline/data/officeholders.csv /work/main/labels/pages/states.csv /work/batch53c/new_actors.csv 2>/dev/null | head -${N:-8}; done
