# ------------------------------------------------------------------ Heglig: Sudan retakes the oil field from South Sudan (Sudanese state media, SUNA English style, 2012-04-20)
d = "page_heglig_statemedia.txt"
U(d, "The Minister of Defence, Gen. Abdul-Rahim Mohammed Hussein, has announced", "Government of the South.",
  ("Sudan", N, pos, "", "dateline 'Khartoum, April 20 (SUNA) - ' excluded; own operation reported as done = neutral; 'liberated' gives the positive tone, no judgement of the other side in this sentence"))
U(d, "\"The armed forces moved with great care", "broadcast by Sudan TV.",
  ("Sudan", C, neg, "South Sudan", "multi-sentence quote closed by its speaker = one unit; 'the aggressors', 'the invaders' = judgement of the South's forces"))
U(d, "The President of the Republic, Field Marshal Omer Hassan Ahmed Al-Bashir", "answer any new aggression with force.",
  ("Sudan", C, neg, "South Sudan", "'grave error' + threat of force; 'the government in Juba' = South Sudan"))
U(d, "The President saluted the armed forces, the Popular Defence Forces and the police", "people of Sudan.",
  ("Sudan", N, pos, "", "praise of its own forces = self-praise (neutral, positive)"))
U(d, "The official spokesman of the SAF, Col. Al-Sawarmi Khalid Saad", "weapons and vehicles.",
  ("Sudan", N, neu, "", "SAF = Sudan (name files); battle results claimed, no judgement; JEM and the SPLA only mentioned"))
U(d, "The Government of the South had announced earlier on Friday", "within three days.",
  ("South Sudan", N, neu, "", "'the Government of the South' = South Sudan (state-media naming); own withdrawal order = procedure; the state-media framing does not change the label"))
U(d, "Salva Kiir, the President of the Government of the South, claimed in the same statement", "international arbitration.",
  ("South Sudan", T, neu, "", "territorial claim + demand for international arbitration = a peaceful (legal) course, no judgement (unsure: the claim itself could be read as neutral)"))
U(d, "He also threatened that his army would strike back", "withdrawing forces.",
  ("South Sudan", C, neg, "Sudan", "'He' = Kiir; conditional threat = condemning; SAF = Sudan"))
U(d, "South Sudan's announcement of a withdrawal was an attempt to cover up a defeat", "at the airport.",
  ("Sudan", C, neg, "South Sudan", "possessive before the speaker ('South Sudan's announcement' is not a speaker); accusation of deceit; attribution tail; the presidential assistant = Sudan"))
U(d, "The Minister of Foreign Affairs, Ali Ahmed Karti, briefed the ambassadors", "demands were met.",
  ("Sudan", T, neu, "", "conditional offer to return to AU talks = calling_for_talks (labels/README: offering talks, even conditional ones)"))
U(d, "The Ministry of Oil said engineering teams would begin on Saturday", "within weeks.",
  ("Sudan", N, neu, "", "plan and figures"))
U(d, "The Chairperson of the African Union Commission, Dr. Jean Ping, had earlier described", "unconditional withdrawal.",
  ("African Union", C, neg, "South Sudan", "'illegal' + demand for withdrawal: rule 1; 'the army of the South' = South Sudan"))
U(d, "The African Union Commission welcomed on Friday the end of the fighting", "Thabo Mbeki.",
  ("African Union", T, pos, "", "welcome + appeal to resume negotiations, no judgement: rule 2 before rule 3; both countries -> target empty"))
U(d, "The UN Security Council had demanded in a press statement that the SPLA withdraw", "without conditions.",
  ("United Nations", T, neg, "South Sudan", "demand addressed to one side to withdraw, no judgement word = calling_for_talks, negative (labels/README); SPLA = South Sudan (name files)"))
U(d, "The UN Secretary-General, Ban Ki-moon, said on Thursday that South Sudan had broken international law", "neighbouring state.",
  ("United Nations", C, neg, "South Sudan", "judgement (broke international law, trampled on sovereignty)"))
U(d, "The United States had pressed the Government of the South to pull its forces out", "Victoria Nuland.",
  ("United States", T, neg, "South Sudan", "appeal to withdraw with no judgement word = calling_for_talks; attribution tail ('according to a statement by')"))
U(d, "US President Barack Obama, in a recorded message to the people of the two countries", "on the battlefield.",
  ("United States", T, neu, "", "appeal to both leaders to negotiate; target empty (both sides)"))
U(d, "The spokesman of the Chinese Foreign Ministry, Liu Weimin, urged the two sides", "Sudan and South Sudan.",
  ("China", T, neu, "", "restraint + dialogue + friendship with both = calling_for_talks (friendship with both sides is not backing of one)"))
U(d, "The Secretary-General of the League of Arab States, Dr. Nabil El-Arabi, condemned", "land and resources.",
  ("Arab League", C, neg, "South Sudan", "condemnation + solidarity with Sudan in one sentence: rule 1 decides (condemning)"))
U(d, "The League's Deputy Secretary-General, Ahmed Bin Helli, announced", "at Sudan's request.",
  ("Arab League", N, neu, "", "'The League' = Arab League by context; announced meeting date = neutral (a meeting of its own members, not talks between the parties)"))
U(d, "Egypt's Foreign Minister, Mohamed Kamel Amr, in a telephone call with Karti", "the Ministry of Foreign Affairs said.",
  ("Egypt", S, pos, "Sudan", "backing of Sudan's sovereignty; Karti (Sudan) only addressed; attribution tail: 'the Ministry of Foreign Affairs' is ambiguous (Egypt's or Sudan's) but the position is Egypt's either way"))
