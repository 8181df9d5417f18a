"""Build /work/batch43c/statements.csv from the hand decisions in labels_N_*.py (one file per page)."""
import common
import labels_1_tunisia, labels_2_saudi, labels_3_libya, labels_4_iraq, labels_5_egypt, labels_6_jordan  # noqa: F401
common.write()
