# ------------------------------------------------------------------ Manipur violence, Lok Sabha no-confidence debate (Indian paper parliament diary, 2023-08-09)
d = "page_manipur_loksabha_debate.txt"
U(d, "Resuming the debate for the Opposition, Shri Rahul Gandhi", "abandoning its people.",
  ("Indian National Congress", C, neg, "India", "opposition party under its own name; accuses the Union Government (= India) as batch5c Yesh Atid"))
U(d, "\"A Prime Minister who has not set foot in Manipur", "Treasury benches.",
  ("Indian National Congress", C, neg, "India", "quote judging the PM"))
U(d, "Smt. Smriti Irani (BJP, Amethi)", "ruled by its allies.",
  ("India", C, neg, "Indian National Congress", "Union Minister speaking in the debate = India (unsure: could be Bharatiya Janata Party); accusation of the Congress"))
U(d, "Replying for the Government, Union Home Minister Shri Amit Shah", "on the decline.",
  ("India", N, neu, "", "explanation of causes and trend, no judgement of an actor"))
U(d, "According to Shri Shah, 152 people", "into the State.",
  ("India", N, neu, "", "figures + own deployment"))
U(d, "\"I appeal with folded hands", "the Home Minister said.",
  ("India", T, neg, "", "appeal to both communities to talk; communities are not canonical actors -> target empty"))
U(d, "He rejected the Opposition's demand", "was cooperating.",
  ("India", N, neu, "", "refusal of a demand about its own Chief Minister, reasons given, no judgement of the opposition (unsure)"))
U(d, "Shri Shah also accused the Opposition", "restore peace.",
  ("India", C, neg, "", "accusation of 'the Opposition' (several parties, not one canonical actor) -> target empty"))
U(d, "Dr. Kakoli Ghosh Dastidar (Trinamool Congress, Barasat)", "in the State.",
  ("All India Trinamool Congress", T, neu, "India", "demand for access to relief camps, no judgement word = calling_for_talks addressed to the Government"))
U(d, "Members of the Congress and several allied parties", "should answer.",
  ("Indian National Congress", C, neg, "India", "protest by act (interrupting, insisting the PM answer) = rejects the format in protest (unsure: could be neutral); the allies are unnamed"))
U(d, "Speaker Shri Om Birla adjourned", "on Thursday.",
  ("India", N, neu, "", "procedure; the Speaker's act (unsure: could be narrative with no row)"))
