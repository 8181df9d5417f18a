#!/bin/bash
# Event check: case-insensitive grep of contents and file names in the project's labels and the other helpers' folders.
# Our own folder (batch53d) is excluded. Prints "term: N files (contents), M names".
cd /work
for t in "$@"; do
  n=$(grep -ril -- "$t" main/labels blind56a blind56b batch51? batch52? batch53[abcef] blind54? blind55? 2>/dev/null | wc -l)
  f=$(find main/labels blind56a blind56b batch51? batch52? batch53[abcef] blind54? blind55? -iname "*$(echo "$t" | tr -d ' ' | tr 'A-Z' 'a-z')*" 2>/dev/null | wc -l)
  echo "$t: $n files, $f names"
done
