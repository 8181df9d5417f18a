# ------------------------------------------------------------------ Kyrgyzstan: the Temirov Live arrests (radio interview transcript, 2024-01-19)
d = "page_kyrgyzstan_temirovlive_arrests2024_radiointerview.txt"
# Not statements: station bar, breadcrumb, programme title (carries no position), broadcast line, transcript note, the host's opening narration (raids, court order), greetings, the host's questions, related programmes, tags, share bar, copyright.
U(d, "The Interior Ministry said in a statement that linguistic experts had found calls to riot", "Ait Ait Dese.",
  ("Kyrgyzstan", C, neg, "", "the ministry's accusation against the outlet ('according to a statement' form); the outlet is not a canonical actor -> target empty; the host's trailing question is not part of the unit"))
U(d, "I have read the statement three times and it still does not name", "a single sentence.",
  ("Aizada Kasymova", C, neg, "Kyrgyzstan", "invented media lawyer; judgement without stock words on the ministry's vague case"))
U(d, "You cannot defend a client against an expert report nobody is allowed to see.", "allowed to see.",
  ("Aizada Kasymova", C, neg, "Kyrgyzstan", "same speaker; judgement of the secret evidence"))
U(d, "The charge is built so that any sharp criticism of an official", "in the country tonight.",
  ("Aizada Kasymova", C, neg, "Kyrgyzstan", "speaker label repeated on a new paragraph; charge designed to criminalise criticism = accusation"))
# "The interior minister, Ulan Niyazbekov, went further on Wednesday." = summary line before the specific, no row.
U(d, "He told reporters in parliament that a press card put nobody above the law", "to win views.",
  ("Kyrgyzstan", C, neg, "", "pronoun = the interior minister (title first, then 'He'); accusation of smearing against the detainees (not a canonical actor) -> target empty"))
U(d, "Whether someone is a journalist is not for the minister to decide.", "not for the minister to decide.",
  ("Aizada Kasymova", C, neg, "Kyrgyzstan", "rebuke of the minister"))
# "These are reporters whose investigations ... cited by parliament itself." = the lawyer's description of the detainees, no position on an actor, no row.
# "President Sadyr Japarov was asked about the case by the state news agency Kabar." = narration, no row.
U(d, "He was quoted as saying that nobody in Kyrgyzstan is prosecuted", "weigh the evidence.",
  ("Kyrgyzstan", N, neg, "", "passive attribution ('was quoted as saying'); denial of persecution = neutral, negative tone"))
# "I would be glad if that were so." = ironic lead-in, no row.
U(d, "But the same authorities deported Bolot Temirov in 2022", "his colleagues.",
  ("Aizada Kasymova", C, neg, "Kyrgyzstan", "accusation made by listing the authorities' acts"))
U(d, "Bolot Temirov himself, speaking to us from abroad, said the raid came days after", "New Year trip.",
  ("Bolot Temirov", N, neg, "", "founder of the outlet (independent person); the timing as a fact = neutral, negative (unsure: the implication leans to condemning, made explicit in the next sentence)"))
U(d, "He said the case was revenge for that story and nothing else.", "nothing else.",
  ("Bolot Temirov", C, neg, "Kyrgyzstan", "reported clause; 'revenge' = accusation"))
# "Let's turn to the reaction abroad." = host's transition, no row.
U(d, "In Washington, the State Department's spokesman, Matthew Miller, said the United States was alarmed", "and the arrests.",
  ("United States", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "Miller said Washington had raised the case with the Kyrgyz government", "constitution guarantees.",
  ("United States", T, neu, "Kyrgyzstan", "surname only; diplomatic step + appeal to respect press freedom, no judgement word = calling_for_talks"))
U(d, "On Capitol Hill, the chairman and co-chairman of the US Helsinki Commission", "freed at once.",
  ("United States", C, neg, "Kyrgyzstan", "a congressman and a senator speak for the US (guide: Senator Cardin); 'charges had nothing behind them' = judgement + release demand"))
U(d, "The OSCE's Representative on Freedom of the Media, Teresa Ribeiro, said", "sensitive stories.",
  ("OSCE", N, neg, "", "unease + warning of the chilling effect, no appeal = neutral, negative (unsure: the warning could be read as a judgement of the case)"))
U(d, "And the UN human rights office in Geneva, through its spokesperson, asked", "against critics.",
  ("United Nations", T, neg, "Kyrgyzstan", "request to release and to stop, no judgement word = calling_for_talks (labels/README: a demand to one side without judgement) (unsure: 'using criminal law against critics' implies a charge)"))
# "The statements matter, but the government has shown that it can absorb them." = commentary, no position taken on an actor, no row.
U(d, "What would matter more is if partners tied their programmes", "are treated.",
  ("Aizada Kasymova", C, neg, "Kyrgyzstan", "call for conditionality = a call for pressure/measures (labels/README: calls for sanctions are condemning) (unsure)"))
U(d, "The Kyrgyz foreign ministry has answered the criticism.", "answered the criticism.",
  ("Kyrgyzstan", N, neu, "", "ministry given by its state's adjective; announced reply, no content = neutral (kept as a row because it reports an act of the ministry)"))
U(d, "In a note posted on its website, it said foreign governments were commenting", "independence of Kyrgyz courts.",
  ("Kyrgyzstan", C, neg, "", "rebuke of foreign comment on the case = rejection in protest; aimed at several governments -> target empty (unsure: could be a denial, neutral)"))
# "A second voice now. Joining us from Almaty is Erlan Bekturov ..." = introduction, no row.
# "I think it is." = answer stub, no row. "For thirty years Kyrgyzstan was the one place ..." = background, no row.
U(d, "That reputation has been spent in a single week.", "in a single week.",
  ("Erlan Bekturov", C, neg, "Kyrgyzstan", "invented analyst; judgement without stock words"))
U(d, "The authorities are betting that Western capitals care more", "that bet looks safe.",
  ("Erlan Bekturov", C, neg, "", "judgement on the authorities' calculation and on Western indifference; two parties -> target empty"))
# "There is, if both sides want it." = lead-in, no row.
U(d, "I hope the government will let the journalists go home under house arrest", "over their heads.",
  ("Erlan Bekturov", T, pos, "Kyrgyzstan", "hope + appeal for dialogue with the media community = calling_for_talks"))
# "My advice to the families is simple ..." and "The detention hearings are open, and they should be full." = advice to families (not actors), no row.
U(d, "The Committee to Protect Journalists, which has followed the case from the start, has called", "charges dropped.",
  ("Committee to Protect Journalists", T, neg, "Kyrgyzstan", "host relays the group's demand for release, no judgement word = calling_for_talks (unsure: 'charges dropped' implies they are baseless)"))
U(d, "The European Union's delegation in Bishkek said in a short post", "asked to attend them.",
  ("European Union", N, neu, "", "monitoring + request to attend hearings = procedural, no appeal for a peaceful course = neutral"))
U(d, "The country's ombudsperson, Jamilya Jamanbayeva, said on Thursday", "acceptable conditions.",
  ("Kyrgyzstan", N, neu, "", "state ombudsperson (parliament-appointed) resolves to Kyrgyzstan; findings of a visit = neutral"))
U(d, "Brussels in particular has said very little", "clearly in Bishkek.",
  ("Erlan Bekturov", C, neg, "European Union", "Brussels = the EU; judgement of its silence (no stock word)"))
U(d, "And I still hope the court will see that eleven people in a cell", "name abroad.",
  ("Aizada Kasymova", T, neg, "Kyrgyzstan", "hope for release addressed to the court = calling_for_talks (unsure: could be neutral)"))
