# ------------------------------------------------------------------ General Assembly debate on the veto of the DPRK sanctions draft (UN meetings coverage, 2022-06-08)
d = "page_dprk_veto_gadebate2022_unmeetings.txt"
# Not statements: site header, breadcrumb, document symbol, session line, headline, subheadline, the "PRESS CONFERENCE" crosshead, closing notes.
# "Two weeks after China and the Russian Federation cast vetoes ..." = narration lede (the vetoes as background), no row.
# "The draft, tabled by the United States and put to the vote on 26 May ..." = narration of the vote, no row.
U(d, "Opening the debate, Abdulla Shahid (Maldives), President of the General Assembly, said", "the Assembly and the Council.",
  ("United Nations", N, pos, "", "PGA speaks for the Assembly = United Nations; procedural framing, positive tone"))
U(d, "He said the initiative gave every Member State a voice", "mutual respect.",
  ("United Nations", N, pos, "", "description of the mechanism + hope for a respectful debate (not a hope for peace) = procedural, neutral"))
U(d, "The representative of China said his delegation had voted against the draft", "Korean Peninsula.",
  ("China", N, neu, "", "explanation of vote, no judgement on an actor or appeal"))
U(d, "He said the United States bore a heavy responsibility for the current impasse", "denuclearization in 2018.",
  ("China", C, neg, "United States", "'bore a heavy responsibility' = blame"))
U(d, "The speaker urged all parties to resume dialogue without delay", "raise tensions.",
  ("China", T, neu, "", "'the speaker' = China's representative; appeal to all parties"))
U(d, "The representative of the Russian Federation said the draft had been pushed to a vote in haste", "ordinary people in the country.",
  ("Russia", C, neg, "United States", "criticism of the sponsor's handling ('pushed ... in haste', 'ignored') = judgement on the US draft"))
U(d, "Further pressure would lead nowhere, she said", "provoke the latest launches.",
  ("Russia", C, neg, "United States", "blames Washington's drills for provoking launches"))
U(d, "The representative of the United States said that by blocking the draft", "Council's resolutions.",
  ("United States", C, neg, "", "judgement on the two vetoing members and on the DPRK ('open violation'); several targets -> empty"))
U(d, "\"The veto has told Pyongyang", "she said.",
  ("United States", C, neg, "", "judgement on the veto (China and Russia) -> two targets, empty"))
U(d, "She said the United States remained ready to meet the Democratic People's Republic of Korea without preconditions", "every available channel.",
  ("United States", T, neu, "North Korea", "offer of talks without preconditions"))
U(d, "The representative of Liechtenstein, the country that led the veto initiative, said", "created for.",
  ("Liechtenstein", N, pos, "", "approval of the Assembly's own procedure; no actor praised beyond the mechanism = neutral, positive (unsure: could be supporting United Nations)"))
U(d, "The representative of Denmark, speaking for the Nordic countries, said", "the Charter gave it.",
  ("Denmark", C, neg, "", "group statement by Denmark for the Nordics (other Nordic states not listed by name in the sentence: one row for the speaker); 'deeply troubling' aimed at the vetoes = judgement; two vetoing states -> target empty"))
U(d, "The representative of Japan said the launches posed a grave and unprecedented threat", "deeply regrettable.",
  ("Japan", C, neg, "North Korea", "'grave threat' from the launches + 'deeply regrettable' failure of the Council; main target the DPRK launches (unsure: two targets)"))
U(d, "Japan would continue to work closely with the United States and the Republic of Korea", "he said.",
  ("Japan", C, neg, "North Korea", "coordination on 'further measures' = announced measures against the DPRK (sanctions)"))
U(d, "The representative of the Republic of Korea said his country's new Government kept the door to dialogue open", "towards denuclearization.",
  ("South Korea", T, pos, "North Korea", "offer of dialogue and conditional aid = calling_for_talks"))
U(d, "At the same time, he added, Seoul would respond firmly to any further provocation", "with its allies.",
  ("South Korea", C, neg, "North Korea", "threat of a firm response = condemning"))
U(d, "The representative of the European Union, speaking in its capacity as observer, said the bloc condemned", "prevented from acting.",
  ("European Union", C, neg, "North Korea", "condemns the launches; regret over the Council's blockage (second target) -> main target the DPRK"))
U(d, "The Union would keep its own restrictive measures in place", "he said.",
  ("European Union", C, neg, "North Korea", "sanctions kept and more listings considered = condemning"))
U(d, "The representative of the United Kingdom said the two vetoes had done nothing", "while they went hungry.",
  ("United Kingdom", C, neg, "", "judgement on the vetoes and on the DPRK government; several targets -> empty"))
U(d, "The representative of France said his country would not accept", "one Member State.",
  ("France", C, neg, "", "refusal + implicit charge against the vetoing states' protection of the DPRK; several actors -> empty"))
U(d, "The representative of Australia said it was disappointed by the vetoes", "international obligations.",
  ("Australia", C, neg, "", "'disappointed by the vetoes' = judgement on the vetoing states + appeal to Pyongyang; rule 1: judgement decides; two vetoing states -> target empty"))
U(d, "The representative of Switzerland said it welcomed the Assembly's new practice", "Korean Peninsula.",
  ("Switzerland", T, pos, "", "welcome of a procedure joined to a hope for common ground on the Peninsula; no judgement -> rule 2 before rule 3: calling_for_talks"))
U(d, "The representative of the Syrian Arab Republic said unilateral coercive measures", "should be lifted.",
  ("Syria", C, neg, "", "'collective punishment' = judgement on sanctions; sanctioning states not named -> target empty"))
U(d, "The representative of Cuba expressed support for the sovereign right", "developing countries.",
  ("Cuba", C, neg, "", "support for the DPRK joined to a rejection of the selective application of pressure (judgement on unnamed states, the sponsors); rule 1: the judgement decides; target empty (unsure: could be supporting North Korea)"))
U(d, "Speaking in exercise of the right of reply, the representative of the Democratic People's Republic of Korea said", "within its sovereignty.",
  ("North Korea", N, neg, "", "justification of own weapons = reassurance about own conduct / rejection of charge = neutral"))
U(d, "He said the United States, and not his country, was the source of tension", "misuse the United Nations against it.",
  ("North Korea", C, neg, "United States", "blames the US; rejects the debate in protest"))
U(d, "The speaker added that his country would never give up its deterrent", "continued.",
  ("North Korea", C, neg, "United States", "'hostile policy' = judgement; refusal tied to it"))
U(d, "The representative of Japan, also in reply, said the launches were not an exercise", "Council's resolutions.",
  ("Japan", C, neg, "North Korea", "launches 'clearly prohibited' = judgement"))
# "The Assembly will meet again on 9 June ..." = schedule, narration, no row.
# "Following the debate, two independent experts briefed correspondents ..." = narration, no row.
U(d, "Liesel Brandt, director of the Veto Watch Project, said the first use of the mechanism", "the entire membership.",
  ("Liesel Brandt", N, pos, "", "invented expert; assessment of the procedure, no actor judged or backed"))
U(d, "\"Nobody's mind was changed in the Hall today, but the cost of a veto went up,\" Brandt said.", "Brandt said.",
  ("Liesel Brandt", N, neu, "", "assessment, surname only"))
U(d, "Tae-hoon Kang, a professor of international relations at Hanmin University in Seoul, said", "increasingly likely.",
  ("Tae-hoon Kang", T, neg, "", "invented scholar; judges sanctions as failed (no actor judged) + appeal for contacts between the two -> calling_for_talks; two addressees -> target empty"))
U(d, "\"Without a channel, each side will read the other's moves", "Kang said.",
  ("Tae-hoon Kang", N, neg, "", "warning of misreading without a channel; no explicit appeal in this sentence (guide: 'any escalation would be dangerous' = neutral); the appeal is in his previous sentence"))
U(d, "The representative of Nicaragua expressed solidarity with China and the Russian Federation", "further round of escalation.",
  ("Nicaragua", S, pos, "", "solidarity with the two vetoing states = supporting; two targets -> empty"))
