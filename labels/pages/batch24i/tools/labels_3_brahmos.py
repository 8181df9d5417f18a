# ------------------------------------------------------------------ Mian Channu: the Indian missile that fell in Pakistan (Pakistani news site, full HTML, 2022-03-15)
d = "page_brahmos_mianchannu2022_pknews.html"
# Not statements: top bar, masthead, nav, ticker, kicker, headline, standfirst, byline, share bar, captions "1 of 3".., ADVERTISEMENT,
# crossheads, tags, Related, comments, most popular, footer.
U(d, "Pakistan on Tuesday dismissed India's explanation", "had been an accident.",
  ("Pakistan", C, neg, "India", "dateline excluded; long lead: dismissal of the explanation (judgement) + renewed call for a joint inquiry: rule 1"))
U(d, "Speaking in the Rajya Sabha, Singh said the missile had been released inadvertently", "utmost seriousness.",
  ("India", N, neu, "", "own account of the launch, no evaluation of another actor"))
U(d, "He told the upper house that a high-level inquiry", "gone over again.",
  ("India", N, neu, "", "plans and procedure"))
U(d, "\"I want to assure this House that the handling of our missiles", "would be dealt with.",
  ("India", N, pos, "", "reassurance about own conduct = neutral, positive"))
# "The Foreign Office responded within hours." = summary line, no row.
U(d, "\"A statement read out in parliament is not an answer", "weekly briefing in Islamabad.",
  ("Pakistan", C, neg, "India", "judgement that India's answer is inadequate, no stock word"))
U(d, "He said India had still not explained why it took two days", "never used.",
  ("Pakistan", C, neg, "India", "accusation by describing India's failures (delay, unused hotline)"))
U(d, "\"The inquiry cannot be India's alone", "Ahmad said.",
  ("Pakistan", T, neu, "India", "offer of a joint investigation, no judgement word (labels README: calls for an inquiry)"))
U(d, "Foreign Minister Shah Mahmood Qureshi said the episode exposed a careless attitude", "afford to overlook.",
  ("Pakistan", C, neg, "India", "judgement of carelessness"))
U(d, "\"Imagine if that missile had come down on a passenger jet", "Qureshi told reporters in Islamabad.",
  ("Pakistan", C, neg, "India", "rhetorical judgement of India's silence"))
U(d, "He said he had written to the permanent members", "the same questions.",
  ("Pakistan", T, neu, "", "taking the matter to the Security Council's members and asking them to press questions (unsure: could be neutral procedure)"))
U(d, "Qureshi also thanked China for its principled position", "security was at stake.",
  ("Pakistan", S, pos, "China", "thanks and praise"))
U(d, "The foreign minister warned that Pakistan had held back this time", "of Pakistan's choosing.",
  ("Pakistan", C, neg, "India", "threat of a response to any repeat"))
U(d, "National Security Adviser Moeed Yusuf said on Twitter", "in a Pakistani field.",
  ("Pakistan", C, neg, "India", "distrust of the Indian account + charge of silence"))
U(d, "Speaking at a rally on Sunday, Prime Minister Imran Khan said", "source of national pride.",
  ("Pakistan", N, pos, "", "self-praise of own restraint = neutral, positive"))
U(d, "The military's spokesman, Maj Gen Babar Iftikhar, had told a news conference", "seven minutes later.",
  ("Pakistan", N, neu, "", "the army speaks for its state; tracking facts"))
U(d, "He said the object had flown at about 40,000 feet", "some property.",
  ("Pakistan", N, neg, "", "facts of the flight and the damage; 'endangered' flights is a risk stated without a judgement on India (unsure: could be condemning)"))
U(d, "In Washington, State Department spokesperson Ned Price said nothing", "to the Indian government.",
  ("United States", N, neu, "", "assessment of the facts, no judgement or appeal"))
U(d, "Price said Washington encouraged both countries to keep talking", "something larger.",
  ("United States", T, neu, "", "appeal to both to use their channels"))
U(d, "Chinese foreign ministry spokesperson Zhao Lijian said Beijing had noted", "prevent a repeat.",
  ("China", T, neu, "", "appeal to both for information exchange and mechanisms"))
U(d, "He added that China hoped both sides would act", "peace and stability.",
  ("China", T, pos, "", "hope for peace and stability = calling_for_talks"))
U(d, "UN spokesperson Stéphane Dujarric said the Secretary-General had been informed", "through dialogue.",
  ("United Nations", T, neu, "", "hope for a solution through dialogue"))
U(d, "In New Delhi, Indian officials rejected suggestions", "were baseless.",
  ("India", N, neg, "", "unnamed officials of a named government; denial = neutral, negative"))
# "The Indian government has not responded publicly ..." = non-answer, no row. "At home, the opposition accused the government of being too soft." = summary line, no row.
U(d, "PML-N President Shehbaz Sharif said the government's reaction", "from its leaders.",
  ("PML-N", C, neg, "Pakistan", "opposition party's judgement of the government's response"))
U(d, "Pakistan Peoples Party Senator Sherry Rehman said the incident showed", "risk-reduction talks.",
  ("Pakistan Peoples Party", T, neg, "", "concern + appeal to both governments to revive talks"))
# "In Mian Channu, residents were still collecting debris on Tuesday." = narration, no row.
U(d, "\"It shook the whole house", "flattened by the impact.",
  ("Ghulam Farid", C, neg, "", "invented witness; account + grievance that neither government asked residents (unsure: could be neutral); both governments -> target empty"))
U(d, "Dr Saima Rafiq, a strategic affairs analyst", "into something worse.",
  ("Saima Rafiq", S, pos, "Pakistan", "invented analyst; praise of Pakistan's handling"))
U(d, "\"India owes more than regret", "she said.",
  ("Saima Rafiq", C, neg, "India", "judgement that India's regret is insufficient + demand to share findings; judgement decides"))
