# ------------------------------------------------------------------ Operation Sindoor: India's strikes in Pakistan, 7 May 2025 (live blog, full HTML)
d = "page_india_pakistan_sindoor2025_liveblog.html"
# Not statements: top bar, nav, breadcrumb, kicker, headline, standfirst, byline, share bar, captions "(1 of 6)", time stamps, ADVERTISEMENT,
# newsletter prompt, tags, comments, related and most-read lists, footer.
# 9:50 PM sign-off (shelling still reported) = narration, no row.
U(d, "Ananya Rao, a fellow at the Delhi Forum for Strategic Affairs", "signalling as much as damage.",
  ("Ananya Rao", N, neu, "", "invented analyst introduced by role; assessment, no judgement"))
U(d, "\"Delhi picked camps, not barracks", "Rao said.",
  ("Ananya Rao", N, neu, "", "reading of India's targeting; Delhi/Islamabad as metonyms inside an analyst's quote; no judgement or appeal"))
U(d, "She said the danger now lay with the Pakistani army", "a visible reply.",
  ("Ananya Rao", N, neg, "", "speaker carried to a new paragraph ('She'); risk assessment, no judgement"))
U(d, "Iran's foreign minister, Abbas Araghchi, who is due in New Delhi", "find a way back to talks.",
  ("Iran", T, pos, "", "entry opens with the capital ('Tehran.', own sentence, no row); offer of good offices = calling_for_talks"))
# "Ankara has come down on Islamabad's side." = summary line before the specific statement, no row.
U(d, "President Recep Tayyip Erdoğan telephoned Shehbaz Sharif", "the Pakistani prime minister's office said.",
  ("Turkey", S, pos, "Pakistan", "solidarity conveyed by phone = supporting; relayed by Pakistan's PM office, which takes no position itself"))
U(d, "Earlier, the Turkish foreign ministry said India's action risked an all-out war", "refrain from further steps.",
  ("Turkey", T, neg, "", "warning that the strike risks war + appeal to both sides; no explicit judgement word -> calling_for_talks (unsure: the risk is pinned on India's act, could be condemning)"))
U(d, "From Brussels, EU foreign policy chief Kaja Kallas: she has spoken", "hold back and talk.",
  ("European Union", T, neu, "", "live-blog item opened by capital and title, colon instead of a verb of saying; calls with both ministers + appeal"))
U(d, "Riyadh and Doha issued near-identical appeals", "dialogue over escalation.",
  ("Saudi Arabia", T, neu, "", "two capitals as a list: one row per state; appeal for dialogue"),
  ("Qatar", T, neu, "", "two capitals as a list: one row per state; appeal for dialogue"))
U(d, "Chief Cabinet Secretary Yoshimasa Hayashi says Japan", "serious concern.",
  ("Japan", N, neg, "", "'Tokyo.' opener is its own sentence; concern with no appeal = neutral, negative"))
# "Paris has struck a balance." = summary line, no row.
U(d, "French Foreign Minister Jean-Noël Barrot said he understood", "civilians were spared.",
  ("France", T, neu, "", "understanding for India + appeal for restraint and civilian protection, no judgement: the appeal decides (rule 2 before rule 3)"))
U(d, "In Islamabad, the National Security Committee, chaired by the prime minister, authorised", "according to a statement from the prime minister's office.",
  ("Pakistan", C, neg, "India", "authorising a military response = announced retaliation (condemning); 'according to a statement from' attribution"))
U(d, "The committee called the Indian action a deliberate assault", "a cover for killing civilians.",
  ("Pakistan", C, neg, "India", "'the committee' carried over; accusation of aggression and of killing civilians"))
# "Mohammad Shafiq, who runs a pharmacy ..., described the night to our correspondent." = lead-in narration, no row.
U(d, "\"There were three blasts, one after another", "he said.",
  ("Mohammad Shafiq", N, neg, "", "invented witness (named resident); description of the strike, no judgement"))
U(d, "Opposition leader Rahul Gandhi has backed the military", "he said on X.",
  ("Indian National Congress", S, pos, "India", "opposition leader speaking for his party; backing for the armed forces and government"))
U(d, "Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry, says 26 civilians", "six locations.",
  ("Pakistan", N, neu, "", "casualty figures given by an actor = neutral, neutral tone"))
U(d, "Chaudhry accused India of firing on mosques and homes", "nothing to do with militancy.",
  ("Pakistan", C, neg, "India", "surname only; accusation of attacking civilians = condemning"))
U(d, "He also said Pakistani jets had brought down five Indian aircraft", "have not confirmed.",
  ("Pakistan", N, neu, "", "own military action reported as done, no judgement; Indian officials' non-confirmation = non-answer, no row"))
U(d, "Foreign Secretary Vikram Misri told reporters in New Delhi that Pakistan had done nothing", "no option but to act.",
  ("India", C, neg, "Pakistan", "reported clause: Pakistan's inaction against the groups = judgement; only India's position is a statement"))
U(d, "\"The Resistance Front is a name, nothing more.", "Misri said.",
  ("India", C, neg, "Pakistan", "charge that Pakistan's establishment shelters Lashkar-e-Taiba (judgement without a stock word); three actors named, the blame falls on Pakistan"))
U(d, "Colonel Sofiya Qureshi then listed the nine sites", "had been targeted.",
  ("India", N, neu, "", "facts of the strike + own-conduct assurance, no judgement"))
U(d, "Trade Secretary Jonathan Reynolds says the UK is a friend", "talking their way out of this.",
  ("United Kingdom", T, pos, "", "'London.' opener is its own sentence; offer to support dialogue = calling_for_talks"))
U(d, "Moscow, via foreign ministry spokeswoman Maria Zakharova: Russia is deeply worried", "at the negotiating table.",
  ("Russia", T, neg, "", "attribution by 'via' and a colon; worry + appeal = calling_for_talks"))
U(d, "Beijing has voiced regret over India's military action", "where the situation was heading.",
  ("China", C, neg, "India", "regret aimed at India's act = judgement (guide: 'regrettable')"))
U(d, "Both countries sat on China's doorstep", "against terrorism in every form.",
  ("China", T, neu, "", "appeal to both to calm down; opposing terrorism aimed at no one is not a judgement of an actor -> calling_for_talks"))
U(d, "Israel's ambassador in New Delhi, Reuven Azar, has posted", "tourists at Pahalgam.",
  ("Israel", S, pos, "India", "backing India's right to self-defence = supporting"))
U(d, "The UN Secretary-General, António Guterres, wants both governments", "far beyond South Asia.",
  ("United Nations", T, neg, "", "position given through the spokesman; appeal to pull back, with a warning = calling_for_talks"))
U(d, "Washington. Secretary of State Marco Rubio spoke overnight", "step back.",
  ("United States", T, neu, "", "calls with both sides + appeal to keep channels open and de-escalate"))
U(d, "President Donald Trump, asked about the strikes", "over fast.",
  ("United States", T, neg, "", "sadness + wish that the fighting ends soon = hope (calling_for_talks)"))
# "Shehbaz Sharif has responded." = summary line, no row.
U(d, "Pakistan's prime minister called the Indian strikes a cowardly attack", "answer them in full.",
  ("Pakistan", C, neg, "India", "'Pakistan's prime minister' after the surname line; judgement + vow of response"))
U(d, "\"The enemy has made its choice tonight.", "Sharif wrote on X.",
  ("Pakistan", C, neg, "India", "threat of retaliation = condemning"))
U(d, "India says it has struck \"terrorist infrastructure\"", "Operation Sindoor.",
  ("India", C, neg, "", "announced military operation against armed groups on the other side (guide: condemning); several targets -> empty"))
U(d, "The defence ministry said nine sites used by Jaish-e-Mohammed", "avoid Pakistani military facilities.",
  ("India", C, neg, "", "strike on sites it says two groups used to plan attacks = accusation + operation; two groups -> target empty"))
# "Twenty-six people, most of them tourists, were shot dead at Pahalgam on April 22." = background figure from no source, no row.
