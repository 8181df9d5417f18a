#!/bin/bash
# event check: distinctive names of the six events in the project's labels and the other helpers' folders (file names and contents)
cd /work
for t in "$@"; do
  n=$(grep -ril -- "$t" main/labels blind56a blind56b batch53a batch53b batch53d batch53e batch53f batch51* batch52* blind54* blind55* 2>/dev/null | wc -l)
  f=$(ls main/labels/pages main/labels/heldout main/labels/pending main/labels/dev blind56a blind56b batch53a batch53b batch53d batch53e batch53f 2>/dev/null | grep -ic -- "$(echo $t | tr -d ' ')")
  echo "$t: $n files, $f names"
done
