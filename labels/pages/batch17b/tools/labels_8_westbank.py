# ------------------------------------------------------------------ Israeli West Bank annexation plan (joint statement of four foreign ministers, 2020-07-07)
d = "page_westbank_annexation_jointstatement.txt"
U(d, "The Ministers hold that the annexation of any part", "between themselves.",
  ("Egypt", C, neg, "Israel", "joint statement of four states: one row per signatory state (README: states acting as a list); annexation = illegal + non-recognition"),
  ("France", C, neg, "Israel", "same"),
  ("Germany", C, neg, "Israel", "same"),
  ("Jordan", C, neg, "Israel", "same"))
U(d, "The Ministers warn that a unilateral move of this kind", "relations with Israel.",
  ("Egypt", C, neg, "Israel", "veiled threat to bilateral relations = condemning"),
  ("France", C, neg, "Israel", "same"),
  ("Germany", C, neg, "Israel", "same"),
  ("Jordan", C, neg, "Israel", "same"))
U(d, "The Ministers invite the Israeli and Palestinian leaderships", "United Nations.",
  ("Egypt", T, pos, "", "appeal to resume negotiations + offer to facilitate; both sides addressed, target empty"),
  ("France", T, pos, "", "same"),
  ("Germany", T, pos, "", "same"),
  ("Jordan", T, pos, "", "same"))
