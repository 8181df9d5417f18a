# ------------------------------------------------------------------ Yang Hengjun's suspended death sentence (world-reacts roundup, 5-6 February 2024)
d = "page_yanghengjun_sentence2024_worldreacts.txt"
# Not statements: masthead, menu, section, headline (carries Albanese's words) and standfirst, byline, update line, photo caption
# with credit and "1 of 3", the country crossheads, ADVERTISEMENT, Related, Most read, newsletter prompt, copyright.
# "A Beijing court on Monday handed ..." and "Under Chinese law the sentence can be commuted ..." = narration, no rows
# (the court's verdict is reported as an event; Yang's denial is background).
# "Here is how governments, organisations and observers responded." = furniture, no row.
U(d, "Foreign Minister Penny Wong said the government was dismayed", "\"in the clearest possible terms\".",
  ("Australia", C, neg, "China", "'a terrible blow' + conveying its objection to Beijing = judgement and protest; no stock word"))
U(d, "The department's secretary, Jan Adams, called in China's ambassador, Xiao Qian", "waiting reporters.",
  ("Australia", C, neg, "China", "'the department' = DFAT (context: AUSTRALIA crosshead); summoning an envoy = diplomatic measure in protest; the ambassador's silence is narration, no China row"))
U(d, "Senator Wong added that the government would keep pressing for Dr Yang's interests", "she said.",
  ("Australia", N, pos, "", "advocacy for its own citizen + wish to see him home: own conduct, no appeal to talks and no judgement (unsure: could be calling_for_talks as a call for release)"))
U(d, "Prime Minister Anthony Albanese told reporters in Canberra that the sentence was harsh beyond measure", "China's leadership.",
  ("Australia", C, neg, "China", "'harsh beyond measure' = judgement without a stock word"))
U(d, "Opposition foreign affairs spokesman Simon Birmingham said the Coalition stood shoulder to shoulder", "Dr Yang's release.",
  ("Liberal Party of Australia", S, pos, "Australia", "opposition backs the government = supporting (the Coalition is led by the Liberal Party)"))
U(d, "Foreign ministry spokesperson Wang Wenbin told a regular press briefing", "procedural rights.",
  ("China", N, neu, "", "context (CHINA crosshead) makes the ministry Chinese; defence of the court's procedure = denial of unfairness, neutral"))
U(d, "Wang said Australian diplomats had been allowed to attend the sentencing", "judicial sovereignty of China.",
  ("China", C, neg, "", "'firmly opposes' any interference = judgement aimed at critics (Australia implied, not named -> target empty)"))
# "Chinese state media did not carry the verdict on Monday evening." = narration, no row.
U(d, "A State Department spokesperson, in a statement sent to reporters, said Washington was deeply concerned", "on humanitarian grounds.",
  ("United States", T, neg, "China", "concern + appeal for release on humanitarian grounds, no judgement word = calling_for_talks"))
U(d, "The Foreign, Commonwealth and Development Office said Britain stood with Australia", "in the case.",
  ("United Kingdom", S, neg, "Australia", "solidarity with Australia + concern over lack of transparency; the support is the stance, concern adds tone (unsure: the transparency remark could be read as a judgement of China)"))
U(d, "Concern. Foreign Minister Winston Peters, according to a statement from his office", "appropriate medical care.",
  ("New Zealand", T, neu, "China", "a bullet opening with a verbless word; hope for humane treatment = calling_for_talks (guide: hopes); the unit starts at the bullet"))
U(d, "Global Affairs Canada said Ottawa had noted the verdict", "everywhere in the world.",
  ("Canada", N, neg, "", "noting + general opposition to the death penalty, aimed at no one = principle, neutral (unsure: could be read as condemning China)"))
U(d, "The European External Action Service, in a statement issued by its spokesperson", "fair and public hearing.",
  ("European Union", C, neg, "China", "call for release joined to 'held five years without a fair and public hearing' = judgement; rule 1"))
U(d, "Amnesty International said the sentence was a travesty of justice", "national security laws.",
  ("Amnesty International", C, neg, "China", "'travesty of justice' = judgement"))
U(d, "Human Rights Watch's Australia director urged Canberra to make Dr Yang's release a condition", "high-level visits.",
  ("Human Rights Watch", C, neg, "China", "an appeal to condition visits on release = call for a measure against China (condemning, like calls for sanctions)"))
U(d, "Dr Nathan Corbett, a senior fellow at the Canberra Institute for Asian Affairs", "Australia's sake.",
  ("Nathan Corbett", N, neg, "", "invented analyst (person); analysis of the relationship's limits, no explicit judgement or appeal"))
U(d, "\"The government has made stabilisation its brand", "Corbett said.",
  ("Nathan Corbett", C, neg, "Australia", "judgement of the Australian government's policy ('how little that brand protects')"))
U(d, "Professor Li Wen-hsin of the Melbourne School of Law said the two-year reprieve", "medical parole.",
  ("Li Wen-hsin", T, pos, "", "invented scholar (person); appeal to both governments for quiet diplomacy"))
# --- added units
U(d, "The Greens went further, calling for ministerial dialogue with Beijing to be put on hold", "proper medical treatment.",
  ("Australian Greens", C, neg, "China", "a call to suspend dialogue as pressure = a call for a measure against China (condemning)"))
U(d, "In a post on its website, the Chinese embassy in Canberra said the case had been dealt with lawfully", "judicial sovereignty.",
  ("China", T, neg, "Australia", "embassy = its state; lawful-handling defence + demand to Australia with no judgement word = calling_for_talks, negative (labels/README: demand to one side) (unsure: a rebuke; could be condemning)"))
U(d, "The spokesperson added that US officials regularly raise the cases of detained foreign nationals", "keep doing so.",
  ("United States", N, neu, "", "speaker carried by 'The spokesperson'; routine practice = neutral"))
U(d, "Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was following the case closely", "held in China.",
  ("Japan", N, neu, "", "monitoring + own nationals' cases = neutral"))
U(d, "The UN human rights office said it was troubled by the sentence", "review of his case.",
  ("United Nations", T, neg, "China", "concern + appeal for a fair review, no judgement word = calling_for_talks"))
U(d, "The group demanded that the conviction be quashed", "without delay.",
  ("Amnesty International", T, neg, "China", "'The group' = Amnesty; demand for release with no judgement word in this unit = calling_for_talks, negative"))
U(d, "She said a public war of words would only harden positions in Beijing.", "positions in Beijing.",
  ("Li Wen-hsin", T, neu, "", "warning against escalation in support of quiet diplomacy = calling_for_talks (unsure: could be neutral analysis)"))
U(d, "Asked whether the verdict would set back the recovery in ties, Wang said Beijing was willing", "mutual respect.",
  ("China", T, pos, "Australia", "willingness to keep developing relations = offer of continued dialogue (calling_for_talks); Beijing/Canberra = metonyms"))
