# ------------------------------------------------------------------ Fighting in Juba, South Sudan (AP-style wire, 2016-07-11)
d = "page_juba_fighting_wire.txt"
SS, IO, UN = "South Sudan", "SPLM-IO", "United Nations"
U(d, "South Sudan's President Salva Kiir ordered his forces to stop fighting", "running to United Nations bases.",
  (SS, T, neu, "", "dateline excluded; lead with two actors; ordering/agreeing to a ceasefire = calling_for_talks"),
  (IO, T, neu, "", "Machar speaks as chairman of the SPLM/SPLA-IO (unsure: he is also First Vice President); agreeing to the ceasefire"))
U(d, "The order, read out on state television by Information Minister Michael Makuei", "roaming the streets with a weapon.",
  (SS, N, neu, "", "content of the government's order to its own forces = own measures/procedure, no judgement"))
U(d, "Machar's spokesman, James Gatdet Dak, said the opposition's own ceasefire", "would follow.",
  (IO, N, neu, "", "spokesman introduced by role; timing and procedure = neutral"))
U(d, "Machar, speaking by telephone to a local radio station", "trying to kill him.",
  (IO, C, neg, SS, "accusation of Kiir's forces (= South Sudan) by describing their attacks"))
U(d, "\"We did not start this war.", "if they are attacked,\" he said.",
  (IO, T, neg, "", "multi-sentence quote closed by 'he said' (= Machar); denial + commitment to the ceasefire: rule 2 calling_for_talks"))
U(d, "Presidential spokesman Ateny Wek Ateny denied", "attacked Machar's residence.",
  (SS, N, neg, "", "bare denial = neutral, negative"))
U(d, "He said opposition fighters had opened fire first", "meeting inside.",
  (SS, C, neg, IO, "'He' = Ateny; accusation made by describing the other side's attacks = condemning"))
U(d, "On Friday night, Kiir and Machar had appeared together", "over the weekend.",
  (SS, T, neu, "", "joint appeal for calm by two actors = two rows; the clause on the fighting is narrative"),
  (IO, T, neu, "", "same joint appeal"))
U(d, "At least 272 people, among them 33 civilians", "a health ministry official said.",
  (SS, N, neu, "", "unnamed official of a named ministry speaks for the state; figures = neutral"))
U(d, "The U.N. mission in South Sudan said its bases", "Rwandan peacekeepers wounded.",
  (UN, N, neu, "", "UNMISS = United Nations (name files); facts given by an actor, neutral tone; China and Rwanda only mentioned"))
U(d, "It said thousands of people had crowded into its compounds", "away from them.",
  (UN, T, neg, "", "'It' = the mission; appeal to both armies to spare civilians = calling_for_talks, target empty (both)"))
U(d, "The United States had called the emergency session", "his own soldiers.",
  ("United States", C, neg, "", "the first sentence of the paragraph is narrative; request for the session + judgement that the leaders are not in control: rule 1; aimed at both leaders -> target empty"))
U(d, "Reading a press statement to reporters afterward", "civilians had taken refuge.",
  (UN, C, neg, "", "Japan's ambassador reads as council president = United Nations, not Japan; condemnation, target empty (fighting by both sides)"))
U(d, "The statement went on:", "spreading beyond Juba.",
  (UN, T, neg, "", "quotation opened after a colon; demand to both leaders to stop with no judgement word = calling_for_talks, target empty"))
U(d, "\"They stress that attacks on civilians", "could face targeted sanctions.\"",
  (UN, C, neg, "", "quote continued over the paragraph break = own unit, same speaker; war crimes + threat of sanctions = condemning, no one named"))
U(d, "The council also offered condolences to China and Rwanda", "on Sunday.",
  (UN, S, neg, "", "'The council' = UNSC; condolences = supporting; two states -> target empty"))
U(d, "U.N. Secretary-General Ban Ki-moon, speaking to reporters in New York", "the peace deal.",
  (UN, C, neg, SS, "call for an arms embargo and sanctions = condemning (README: calls for sanctions); the embargo is on South Sudan (unsure: the sanctions aim at both sides)"))
U(d, "State Department spokesman John Kirby said Washington strongly condemned", "under control.",
  ("United States", C, neg, "", "condemnation, both leaders held responsible -> target empty"))
U(d, "The department said it had ordered non-emergency staff", "wanted to go.",
  ("United States", N, neu, "", "'The department' = State Department; own measures"))
U(d, "Kirby said the United States would keep providing food and medicine", "from their homes.",
  ("United States", S, pos, SS, "aid = supporting; the displaced people of South Sudan -> South Sudan (as batch5c did for Gaza)"))
U(d, "China's Foreign Ministry spokesman Lu Kang said Beijing was shocked", "found and punished.",
  ("China", C, neg, "", "shock + condemnation + demand for punishment: rule 1; no perpetrator named -> target empty"))
U(d, "In Nairobi, foreign ministers of the East African regional bloc IGAD", "strengthen its mission there.",
  ("IGAD", T, neg, "", "appeal to stop fighting and withdraw forces + request to strengthen the UN mission (protection) = calling_for_talks; Nairobi = place; target empty (two leaders)"))
U(d, "Kenya's foreign ministry said it was following the situation with deep concern", "living in Juba.",
  ("Kenya", N, neg, "", "concern without an appeal + own measure = neutral, negative"))
U(d, "Uganda's army said it was preparing a convoy", "trapped in the city.",
  ("Uganda", N, neu, "", "army speaks for its state; evacuation of own nationals = own measure, neutral"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan", "Japanese aid workers.",
  ("Japan", N, neu, "", "Japan's own national measure (contrast: Japan's UN ambassador above speaks for the council)"))
