"""Shared helper: each labels_<n>_<topic>.py defines DOC and ROWS (sentence, actor, stance, sentiment, target, note)."""
STANCES = {"condemning", "supporting", "neutral", "calling_for_talks"}
SENTS = {"negative", "neutral", "positive"}

def check(doc, rows):
    for r in rows:
        assert len(r) == 6, r
        s, a, st, se, t, n = r
        assert st in STANCES, r
        assert se in SENTS, r
    return [(doc, s, a, st, se, t, "dev", n) for (s, a, st, se, t, n) in rows]
