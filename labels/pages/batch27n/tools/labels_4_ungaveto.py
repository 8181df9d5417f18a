# ------------------------------------------------------------------ General Assembly debate on the 26 May vetoes of the DPRK sanctions draft (UN meetings coverage, 2022-06-08)
d = "page_unga_dprk_veto_debate2022_unmeetings.txt"
# Not statements: site header, breadcrumb, session/meeting line, date, headline, subheadline, "* *** *", "For information media",
# related documents, follow bar, footer. The lead paragraph ("The General Assembly today held its first debate ...") is narration,
# and so is the closing "The Assembly will continue its work ...": no row.
U(d, "Opening the meeting, Abdulla Shahid (Maldives), President of the General Assembly, said", "more accountable Organization.",
  ("United Nations", S, pos, "", "the Assembly's President speaks for the UN body; praise of the new mechanism = approval"))
U(d, "He said he would circulate a summary of the debate", "to the Security Council.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "The representative of China said his delegation had voted against the draft", "closer to a settlement.",
  ("China", N, neg, "", "explanation of vote: an argument about sanctions' effects, no actor judged (unsure: could be read as rejecting the US draft)"))
U(d, "He said the situation on the Peninsula had reached its present state because the United States", "a policy of pressure.",
  ("China", C, neg, "United States", "blames Washington; meetings coverage carries the speaker by 'He'"))
U(d, "\"The Council should be creating space for talks", "Democratic People's Republic of Korea.",
  ("China", T, neu, "United States", "appeal for talks addressed to Washington, no judgement word"))
U(d, "The representative of the Russian Federation said new sanctions had no prospect", "humanitarian relief in the text.",
  ("Russia", C, neg, "United States", "'the sponsors had ignored proposals' = reproach of the draft's sponsor (the US by context)"))
U(d, "Russia would continue to favour a political and diplomatic settlement", "the speaker said.",
  ("Russia", T, neu, "", "political settlement; 'the speaker'"))
U(d, "The representative of the United States said the two vetoes had shielded", "than in any previous year.",
  ("United States", C, neg, "", "judgement of the vetoes and of the DPRK's launches: two actors -> target empty"))
U(d, "By blocking the text, the two permanent members had signalled", "she said.",
  ("United States", C, neg, "", "China and Russia judged as a pair -> target empty"))
U(d, "She said Washington remained ready to meet the Democratic People's Republic of Korea", "through several channels.",
  ("United States", T, neu, "North Korea", "offer of talks without preconditions"))
U(d, "The representative of the Democratic People's Republic of Korea said his country's tests were legitimate", "any neighbouring State.",
  ("North Korea", N, neg, "", "justification/denial of harm = neutral, negative"))
U(d, "He described the draft as a product of the hostile policy of the United States", "infringing its sovereignty.",
  ("North Korea", C, neg, "United States", "'hostile policy' = judgement + refusal in protest"))
U(d, "The representative of the Republic of Korea said the launches posed a serious threat", "with one voice.",
  ("South Korea", C, neg, "North Korea", "'serious threat' = judgement of the launches; the regret is aimed at the Council"))
U(d, "Seoul's door to dialogue remained open, he said", "regardless of the political situation.",
  ("South Korea", T, pos, "North Korea", "offer of dialogue + offer of aid: rule 2 (appeal/offer of talks) before rule 3 (unsure: the aid offer could make it supporting)"))
U(d, "The representative of Japan said the repeated launches", "the international community as a whole.",
  ("Japan", C, neg, "North Korea", "'unacceptable' = judgement"))
U(d, "The Council's silence would only encourage further development", "the speaker warned.",
  ("Japan", N, neg, "", "a warning that is a forecast about the Council's inaction, no actor judged and no appeal = neutral (read by content, not by the verb)"))
U(d, "Speaking on behalf of the Nordic countries, the representative of Denmark welcomed the new mandate", "to account.",
  ("Denmark", S, pos, "", "welcome of the GA mandate, speaking for the Nordic group; one row per state spoken for"),
  ("Finland", S, pos, "", "Nordic group statement"),
  ("Iceland", S, pos, "", "Nordic group statement"),
  ("Norway", S, pos, "", "Nordic group statement"),
  ("Sweden", S, pos, "", "Nordic group statement"))
U(d, "The representative of Liechtenstein, whose delegation had led the initiative", "a cost in transparency.",
  ("Liechtenstein", N, neu, "", "explains the initiative's purpose; explicitly no one singled out"))
U(d, "The representative of the European Union said the bloc deplored the failure of the Council", "ballistic missile programmes.",
  ("European Union", C, neg, "", "'deplored' + appeal to the DPRK: rule 1; judgement aimed at the Council's failure (vetoers unnamed) -> target empty"))
U(d, "The Union would continue to apply its own restrictive measures against Pyongyang", "he added.",
  ("European Union", C, neg, "North Korea", "sanctions = condemning"))
U(d, "The representative of Australia said that sanctions remained a necessary tool", "meaningful negotiations.",
  ("Australia", C, neg, "North Korea", "pressure and sanctions until talks = a measure against one side (condemning), negotiations as the aim"))
U(d, "The representative of the Syrian Arab Republic said the draft had been another attempt", "the Russian Federation.",
  ("Syria", C, neg, "United States", "judgement of the draft's sponsor ('unilateral agendas') + support for the vetoes; rule 1"))
U(d, "The representative of Cuba also opposed the draft", "only punished populations.",
  ("Cuba", C, neg, "", "opposes the draft and judges coercive measures; sponsor not named -> target empty"))
U(d, "The representative of Mexico said her delegation would not judge the reasons", "situations of this kind.",
  ("Mexico", T, neu, "", "declines to judge + appeal to permanent members to refrain from the veto (unsure: an institutional appeal, could be neutral)"))
U(d, "The representative of Switzerland said the humanitarian situation", "humanitarian exemptions.",
  ("Switzerland", N, neg, "", "concern without an appeal + a fact about the regime = neutral, negative"))
U(d, "Several speakers, including the representatives of France and the United Kingdom, said", "multiple Council resolutions.",
  ("France", C, neg, "North Korea", "named states in a list: violation of resolutions = judgement"),
  ("United Kingdom", C, neg, "North Korea", "same list"))
U(d, "The representative of France said Paris would keep pressing for a firm response", "existing sanctions fully.",
  ("France", C, neg, "North Korea", "firm response + full sanctions = measures against the DPRK"))
U(d, "The representative of the United Kingdom said London stood with Japan", "back to negotiations.",
  ("United Kingdom", T, pos, "", "solidarity with two states + backing for a return to negotiations: rule 2 before rule 3 (unsure)"))
U(d, "Speaking in exercise of the right of reply", "Japan and the Republic of Korea.",
  ("North Korea", N, neg, "", "rejection of 'false allegations' = denial, neutral negative"))
