#!/bin/bash
# usage: chk36e.sh term... ; prints files (non-csv) containing term and doc names from csv rows
cd /work
for t in "$@"; do
  files=$(grep -ril -- "$t" main/labels blind46a blind46b blind47a blind47b 2>/dev/null | grep -v '\.csv$' | sed 's|.*/||' | sort -u | tr '\n' ' ')
  docs=$(grep -rih -- "$t" main/labels blind46a blind46b blind47a blind47b --include='*.csv' 2>/dev/null | cut -d, -f1 | sort -u | head -8 | tr '\n' ' ')
  echo "[$t] files: $files | csvdocs: $docs"
done
