#!/bin/bash
D="/work/main/labels /work/blind46a /work/blind46b /work/blind47a /work/blind47b /work/blind48a /work/blind48b /work/blind49a /work/blind49b /work/blind50a /work/blind50b /work/blind51a /work/blind51b"
for t in "$@"; do echo "$t: $(grep -ril -- "$t" $D 2>/dev/null | wc -l)"; done
