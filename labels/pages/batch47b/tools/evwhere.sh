#!/bin/bash
# usage: evwhere.sh "name" -> the files that contain the name (names only)
DIRS="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b /work/blind52a /work/blind52b /work/blind53a /work/blind53b"
grep -ril -- "$1" $DIRS 2>/dev/null | grep -v statements.csv | head -${2:-15}
