# ------------------------------------------------------------------ Al-Shabaab's Westgate mall attack, Nairobi, and the reactions (full HTML, Kenyan news site, 2013-09-25)
d = "page_westgate_attack_kenyasite.html"
# No rows: breaking ticker, top links, logo, slogan, nav, ADVERTISEMENT, section label, headline, summary, author line,
# dateline/updated, share bars, figcaptions with credits and "1 of 5", crossheads, "ALSO READ:", "Related:", tags,
# SMS prompt, comments, Most Popular, footer.
# No rows (summary lines): "Messages of sympathy and offers of help continued to arrive from around the world."
# No rows (scene, speakers that are not actors, the outlet): "Outside the Oshwal Centre, families waited for news.",
# the unnamed shop attendant, "Security analysts said ...", "The Sentinel understands that MPs ... will summon security
# chiefs next week." (the outlet's own report of a plan).
# Condemnations of "the attack" take target Al-Shabaab: the page reports its claim (as batch5c did for JNIM).
U(d, "President Uhuru Kenyatta last night declared the four-day siege", "wherever they were hiding.",
  ("Kenya", C, neg, "Al-Shabaab", "long lead: end of the siege (facts) + a vow that the planners will face justice = threat; perpetrators = Al-Shabaab by its claim on the page"))
U(d, "In a televised address from State House, Nairobi, the President put the death toll at 67", "after a fire on Monday.",
  ("Kenya", N, neg, "", "figures given by an actor; State House, Nairobi = place; 'the President' = Kenyatta"))
U(d, "\"We have paid a terrible price, and our nation is in mourning.", "Mr Kenyatta said.",
  ("Kenya", C, neg, "Al-Shabaab", "multi-sentence quote closed by its speaker; 'the murderers' = judgement"))
U(d, "He declared three days of national mourning from today", "Kenyan missions abroad.",
  ("Kenya", N, neg, "", "'He' = Kenyatta; own measure (mourning), no judgement"))
U(d, "The President said the government could not yet confirm reports", "identify the bodies.",
  ("Kenya", N, neu, "", "not confirming reports about the attackers' nationalities = neutral; Britain and the United States are objects"))
U(d, "He made it clear that Kenya would not pull its soldiers out of Somalia", "the African Union force, AMISOM.",
  ("Kenya", N, neu, "", "own policy restated (troops stay), no judgement (unsure: could be read as backing AMISOM / defiance of Al-Shabaab)"))
U(d, "Al-Shabaab, the Somali militant group allied to al-Qaeda, claimed the attack on Twitter", "occupation of Muslim lands.",
  ("Al-Shabaab", C, neg, "Kenya", "own attack claimed AS punishment of Kenya's 'occupation' = accusation of Kenya (unlike a bare claim, which is neutral)"))
U(d, "In a new message posted online yesterday, the group warned Kenyans", "left Somalia.",
  ("Al-Shabaab", C, neg, "Kenya", "'the group' = Al-Shabaab; threat"))
U(d, "It also denied that any woman had taken part in the assault", "on such missions.",
  ("Al-Shabaab", N, neg, "", "'It' = the group; denial = neutral, negative"))
U(d, "Interior Cabinet Secretary Joseph ole Lenku told a press briefing yesterday", "floor by floor.",
  ("Kenya", N, neu, "", "operational facts"))
U(d, "Mr ole Lenku said the United States, Britain and Israel had sent forensic and security experts", "at the scene.",
  ("United States", S, pos, "Kenya", "help by act reported by Lenku: one row per state named; Lenku himself only reports (no Kenya row)"),
  ("United Kingdom", S, pos, "Kenya", "same list; Britain = United Kingdom"),
  ("Israel", S, pos, "Kenya", "same list"))
U(d, "Foreign Affairs Cabinet Secretary Amina Mohamed, speaking to an international broadcaster", "of al-Shabaab by itself.",
  ("Kenya", C, neg, "", "'a global terror network' = judgement aimed at an unnamed network -> target empty (unsure: could be a neutral assessment)"))
U(d, "The Kenya Red Cross said 39 people were still listed as missing", "at the Oshwal Centre.",
  ("Kenya Red Cross Society", N, neg, "", "humanitarian society (name files); figures + practical request to families = neutral"))
U(d, "Opposition leader Raila Odinga, who visited the scene on Sunday, urged Kenyans to stand together", "who was to blame.",
  ("Orange Democratic Movement", T, pos, "", "Raila Odinga = alias of ODM in the name files; appeal for unity, warning to politicians is not a judgement of an actor"))
U(d, "In The Hague, the International Criminal Court adjourned the trial", "deal with the crisis.",
  ("International Criminal Court", N, neu, "", "court procedure reported as done; The Hague = place; Ruto is the object"))
U(d, "Somalia's President Hassan Sheikh Mohamud, speaking on Monday, condemned the attack", "free Somali towns from the militants.",
  ("Somalia", C, neg, "Al-Shabaab", "condemnation + solidarity in one sentence: the condemnation decides (one row per actor)"))
U(d, "\"Al-Shabaab does not speak for Somalis.", "he said.",
  ("Somalia", C, neg, "Al-Shabaab", "multi-sentence quote closed by 'he said' (= Hassan Sheikh); judgement + call to fight them (not an appeal for talks)"))
U(d, "The chairperson of the African Union Commission, Nkosazana Dlamini-Zuma, condemned the attack", "mission in Somalia.",
  ("African Union", C, neg, "Al-Shabaab", "role then name; AU Commission chair = African Union"))
U(d, "Her office said the continental body stood ready to give Kenya any help it needed.", "any help it needed.",
  ("African Union", S, pos, "Kenya", "'Her office', 'the continental body' = AU by context; offer of help = supporting"))
U(d, "UN Secretary-General Ban Ki-moon, in New York for the opening of the General Assembly", "without delay.",
  ("United Nations", C, neg, "Al-Shabaab", "judgement + demand for accountability = rule 1; New York = place"))
U(d, "The Security Council, in a statement agreed on Saturday night, also condemned the attack", "Government of Kenya.",
  ("United Nations", C, neg, "Al-Shabaab", "UNSC press statement = United Nations; condemnation + solidarity: the condemnation decides"))
U(d, "US President Barack Obama, speaking on the sidelines of the UN meetings in New York", "helping Kenyan investigators.",
  ("United States", S, pos, "Kenya", "condolences + help by act = supporting; Kenyatta is the addressee"))
U(d, "The British government said six of its citizens were among the dead.", "among the dead.",
  ("United Kingdom", N, neg, "", "figure given by an actor"))
U(d, "Prime Minister David Cameron, who chaired a meeting of the government's emergency committee", "stand with Kenya.",
  ("United Kingdom", C, neg, "Al-Shabaab", "'cold-blooded murder' = judgement; solidarity in the same sentence (rule 1); London = place"))
U(d, "France, Canada and Ghana, which also lost citizens in the attack", "condolence to Nairobi.",
  ("France", S, pos, "Kenya", "list of three states sending condolences = one row each; Nairobi = metonym for Kenya as addressee"),
  ("Canada", S, pos, "Kenya", "same list"),
  ("Ghana", S, pos, "Kenya", "same list; Ghana declared in new_actors.csv"))
