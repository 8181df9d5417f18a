# ------------------------------------------------------------------ MH17 shot down over eastern Ukraine: first reactions (live blog, scraped .txt, 2014-07-21)
d = "page_mh17_reactions_liveblog.txt"
# No rows: headline, standfirst, key events, caption + "1 of 4", the 23.12 summary bullets, entry headings and timestamps,
# "The handover took place ..." (narration), "The boxes looked scuffed ..." (narration), "She then turned to Moscow." (lead-in),
# "Gareth Pennant spent two decades ..." (biography, no position), Timmermans "spoke of the 193 Dutch citizens" (narration, no position), "Kiev was quick to answer." (lead-in),
# "We asked two specialists ..." (the outlet), "Dutch forensic experts reached Torez ..." (background, actors as subjects),
# the Hrabove woman (unnamed resident), "Ukraine and the rebels have traded accusations ... both say they welcome an
# international inquiry" (summary line), Related:, topics, newsletter, comments, most viewed, footer.
U(d, "Alexander Borodai, who calls himself prime minister", "with the Malaysian delegation.",
  ("Donetsk People's Republic", N, neu, "", "handover of the recorders reported as done under the deal = procedure, no judgement or appeal (unsure: could be read as cooperation = talks)"))
U(d, "\"Nobody on our side touched them", "crammed into the room.",
  ("Donetsk People's Republic", N, neg, "", "denial of tampering / of any part in the crash = neutral, negative tone"))
U(d, "The 15 members of the UN Security Council voted in favour", "around the site.",
  ("United Nations", T, neu, "", "the Council's resolution: inquiry, access, halt to military activity; no judgement word in this sentence"))
U(d, "Australia's foreign minister, Julie Bishop, who flew to New York", "every hour of delay.",
  ("Australia", C, neg, "Donetsk People's Republic", "remains 'treated like freight' by the armed men + held to account = judgement; the separatists = DPR"))
U(d, "Russia had armed and sheltered these fighters, she said,", "make them step aside.",
  ("Australia", C, neg, "Russia", "attribution mid-sentence ('she' = Bishop); accusation + demand (rule 1); the Kremlin = Russia"))
U(d, "Russia's ambassador, Vitaly Churkin, who voted for the text", "seen the wreckage\".",
  ("Russia", C, neg, "", "accuses unnamed council members of a prejudged verdict; several unnamed -> target empty; the vote itself sits in a relative clause"))
U(d, "\"I will not lecture anyone in this room today.", "he said.",
  ("Netherlands", T, neg, "", "multi-sentence quote closed by 'he said' (Timmermans); appeal to every nation with influence, explicitly no judgement = talks; grief -> negative"))
U(d, "Malaysia's prime minister, Najib Razak, said in a televised address", "in Donetsk tonight.",
  ("Malaysia", N, neu, "", "arrangement for bodies and recorders = procedure; Kuala Lumpur = place"))
U(d, "\"This was not a step I took lightly.", "Najib said.",
  ("Malaysia", N, neg, "", "multi-sentence quote closed by surname: justification of his own deal, a jab at 'the diplomats' but no named actor judged"))
U(d, "He added that the arrangement did not change Malaysia's view", "while the experts worked.",
  ("Malaysia", C, neg, "", "whoever fired must be found and punished (judgement) + appeal to both sides to hold fire: rule 1; 'whoever' -> target empty"))
U(d, "Malaysia Airlines, in an updated passenger list", "27 Australians.",
  ("Malaysia Airlines", N, neu, "", "company giving figures"))
U(d, "At a news conference in Moscow, Lt Gen Andrei Kartapolov", "he said.",
  ("Russia", C, neg, "Ukraine", "radar claim + loaded demand for an explanation from 'our colleagues in Kiev' = insinuation of guilt (unsure: the demand alone could be talks); Moscow = place, Kiev = metonym"))
U(d, "The ministry said in the same briefing that it had never handed", "eastern Ukraine.",
  ("Russia", N, neg, "", "'the ministry' = Russian defence ministry by context; denial = neutral, negative"))
U(d, "Andriy Lysenko, the spokesman of Ukraine's national security and defence council", "shield the real culprits.",
  ("Ukraine", C, neg, "Russia", "denial + 'clumsy fabrication meant to shield the real culprits' = judgement of the Russian claim (rule 1 over the denial)"))
U(d, "\"A resolution does not move a single gunman.", "Centre for Eastern Affairs in Warsaw.",
  ("Katarzyna Wilk", N, neg, "", "analyst, quote opened at paragraph start, speaker named at the end; risks and scenario, no judgement"))
U(d, "\"Shrapnel patterns do not lie", "he said.",
  ("Gareth Pennant", N, neg, "", "risk for the inquiry, no judgement of anyone"))
U(d, "Pennant said the fighting around the site was now the single greatest danger", "last fragment had been recovered.",
  ("Gareth Pennant", T, neg, "", "concern + appeal for an unconditional truce = talks; surname only"))
U(d, "Speaking on the South Lawn of the White House, Barack Obama said", "make them stop.",
  ("United States", C, neg, "", "accusation of the fighters + Russia's duty; two parties -> target empty"))
U(d, "\"If President Putin wants to show the world", "Obama said.",
  ("United States", T, neg, "Russia", "challenge addressed to one side with no judgement word = demand, talks (as labels/README: demand to one side)"))
U(d, "The president said Washington had \"been clear\"", "arm the separatists.",
  ("United States", C, neg, "Russia", "threat of further costs; Washington = metonym, Moscow = object"))
U(d, "The Dutch prime minister, Mark Rutte, told a news conference in The Hague", "was running out.",
  ("Netherlands", C, neg, "Russia", "warning that patience is running out = veiled threat; The Hague = place here"))
U(d, "He said the Netherlands was not seeking confrontation", "stalled again.",
  ("Netherlands", C, neg, "", "conditional measures with European partners = threat; no side named in the sentence -> target empty"))
U(d, "In a video address released by the Kremlin in the early hours", "work in safety.",
  ("Russia", C, neg, "", "'wrong to turn the dead into ammunition' (judgement of unnamed others) + appeal to stop shooting: rule 1, target empty (unsure: could be talks)"))
U(d, "He repeated the line he first took on Thursday evening", "offensive in the south-east.",
  ("Russia", C, neg, "Ukraine", "'He' = Putin; responsibility put on the state of the airspace + Kiev's offensive (Kiev = metonym)"))
U(d, "Ukraine's president, Petro Poroshenko, who has called the crash an act of terror", "with Russian help.",
  ("Ukraine", C, neg, "", "accuses the armed groups and Russia: two parties -> target empty; the ambassadors are addressees"))
U(d, "\"Those who fired that missile are now carrying away the proof", "he said.",
  ("Ukraine", C, neg, "Donetsk People's Republic", "quote closed by 'he said' (Poroshenko); 'those who fired' = the armed groups of the previous sentence"))
U(d, "His government said it had ordered its troops not to open fire", "reach it safely.",
  ("Ukraine", T, neu, "", "own ceasefire zone so investigators can work = ceasefire commitment (talks); 'troops' as a topic"))
U(d, "At the UN, the secretary general, Ban Ki-moon, asked all sides", "international law.",
  ("United Nations", C, neg, "", "appeal + 'an outrage against international law' with accountability: rule 1; no one named"))
U(d, "The Australian prime minister, Tony Abbott, told reporters in Canberra", "proxies had caused.",
  ("Australia", C, neg, "Russia", "judgement without stock words (tidying up, not investigating) + blame on Russia's 'proxies'; Canberra = place"))
U(d, "He said Australia had sent a team of police officers", "identification effort.",
  ("Australia", S, pos, "Netherlands", "backing by act: team placed at the disposal of the Dutch-led effort"))
U(d, "Donetsk rebel leaders on Sunday denied any part in the disaster", "a charge Kiev denies.",
  ("Donetsk People's Republic", C, neg, "Ukraine", "denial + counter-accusation of shelling: the accusation decides"),
  ("Ukraine", N, neg, "", "'a charge Kiev denies' = Ukraine's denial reported in the same sentence (Kiev = metonym)"))
