# ------------------------------------------------------------------ Cecilia Sala's release and Mohammad Abedini's return (Iranian foreign ministry weekly briefing transcript, 2025-01-13)
d = "page_iran_sala_abedini2025_mfabriefing.txt"
# Not statements: masthead, menu, breadcrumb, title, date line, editor's note, crossheads, question labels, the journalists'
# own questions ("Can you tell us ...", "Was there an exchange?", "How do you respond?", "Will there be further releases?"),
# "[End of the section on Europe]", related transcripts, tags, share bar, copyright.
# "BAGHAEI: In the name of God." = greeting, no row.
U(d, "Our deputy foreign ministers are in Geneva today", "Britain, France and Germany.",
  ("Iran", T, neu, "", "spokesman = Iran; attending a round of talks = calling_for_talks; three states -> target empty"))
U(d, "We go to these meetings in good faith", "the lifting of sanctions.",
  ("Iran", T, pos, "", "hope that the other side talks seriously = calling_for_talks"))
# "Ms Sala flew home on Wednesday." = journalist's narration inside a question, no row.
U(d, "The Ministry of Culture and Islamic Guidance explained at the end of December", "against the laws of the country.",
  ("Iran", N, neu, "", "reported clause: the ministry's stated reason for the arrest; fact, no evaluation of another actor"))
U(d, "Her case was handled by the competent judicial authorities", "on humanitarian grounds.",
  ("Iran", N, neu, "", "procedure of the release"))
U(d, "Our colleagues stayed in touch with the Italian side throughout.", "Our colleagues stayed in touch with the Italian side throughout.",
  ("Iran", N, neu, "", "own conduct, no evaluation"))
U(d, "During her detention she had several telephone calls with her parents", "allow our citizens.",
  ("Iran", C, neg, "", "speaker carried across a paragraph break; reassurance + a jab that European states deny consular rights = judgement; unnamed states -> target empty (unsure: could be neutral reassurance)"))
U(d, "The Italian government says it received no explanation of the charges.", "The Italian government says it received no explanation of the charges.",
  ("Italy", N, neg, "", "position reported inside a journalist's question = Italy's statement; complaint of fact, no judgement"))
U(d, "Foreign Minister Antonio Tajani told Italian television on Thursday", "from the first hour.",
  ("Italy", C, neg, "Iran", "reported in a question; 'never accepted' the arrest = rejection of Iran's act, with a demand (rule 1)"))
# "I have seen these remarks." = no position, no row.
U(d, "The charges were communicated through the proper channels", "details of a judicial file.",
  ("Iran", N, neg, "", "rebuttal of Italy's complaint + declining to comment = neutral (denial)"))
U(d, "Yesterday Italy's justice minister asked the Milan appeals court to revoke", "landed in Tehran last night.",
  ("Italy", N, neu, "", "act of the Italian government reported in a question; a legal step, no evaluation"))
U(d, "There was no exchange, and there was no bargain.", "There was no exchange, and there was no bargain.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "Anyone who speaks of a swap is speculating.", "Anyone who speaks of a swap is speculating.",
  ("Iran", N, neg, "", "continuation of the denial; dismissal aimed at no named actor"))
U(d, "Mr Abedini is an Iranian engineer who was held in Italy", "an American request.",
  ("Iran", N, neu, "", "facts given by the spokesman"))
U(d, "We welcome the decision of the Italian authorities to free him", "not the wishes of Washington.",
  ("Iran", S, pos, "Italy", "welcome + appreciation of Italy's step = supporting; the aside on Washington carries no judgement word"))
U(d, "What the Americans did was an abuse of the judicial systems", "no crime anywhere.",
  ("Iran", C, neg, "United States", "speaker carried across a paragraph break; accusation of abuse"))
U(d, "This practice is illegal, and Washington bears full responsibility", "Mr Abedini and his family.",
  ("Iran", C, neg, "United States", "'illegal' + 'bears full responsibility'"))
U(d, "The U.S. State Department said last night it was disappointed by the Italian decision", "faced trial in Boston.",
  ("United States", C, neg, "Italy", "reported in a question; 'disappointed' by Italy's decision = negative judgement of an ally's act (unsure: could be neutral regret)"))
U(d, "The United States is in no position to lecture anyone about justice.", "The United States is in no position to lecture anyone about justice.",
  ("Iran", C, neg, "United States", "judgement without stock words"))
U(d, "I think their disappointment says more about their methods than about Italy.", "I think their disappointment says more about their methods than about Italy.",
  ("Iran", C, neg, "United States", "jab at US methods"))
# "Italian newspapers report that Prime Minister Giorgia Meloni discussed the case with President-elect Donald Trump ..." = a meeting in narration, no row.
# "That is a matter between them." = non-answer, no row.
U(d, "Our dealings were with the Italian government", "professional and respectful.",
  ("Iran", S, pos, "Italy", "praise of Italy's conduct in the contacts = supporting"))
# "Italy and Iran have long-standing relations." = background, no row.
U(d, "We hope this episode is now behind us", "dialogue in every field.",
  ("Iran", T, pos, "Italy", "hope for continued dialogue = calling_for_talks"))
U(d, "French Foreign Minister Jean-Noel Barrot said last week that the future of sanctions", "not to travel to Iran.",
  ("France", C, neg, "Iran", "reported in a question; sanctions tied to the detainees = threat = condemning; travel advice in the same sentence"))
U(d, "Linking consular cases to sanctions is a form of pressure that we reject.", "Linking consular cases to sanctions is a form of pressure that we reject.",
  ("Iran", C, neg, "France", "rejection of France's linkage in protest"))
U(d, "The French side should stop this kind of public threat.", "The French side should stop this kind of public threat.",
  ("Iran", C, neg, "France", "demand that carries a judgement ('public threat') -> condemning"))
U(d, "The French nationals in question are subject to legal procedures", "they receive consular visits.",
  ("Iran", N, neu, "", "facts about the detainees' status"))
U(d, "If Paris is interested in solving these cases", "not through statements to the press.",
  ("Iran", T, neu, "France", "offer of quiet ministry contacts = calling_for_talks (Paris = metonym)"))
U(d, "The Swiss foreign ministry confirmed on Friday that a Swiss citizen died", "clarify the circumstances.",
  ("Switzerland", N, neg, "", "reported in a question; confirmation + request for clarification, no judgement"))
U(d, "According to the information from the judiciary, the person took his own life", "in his cell.",
  ("Iran", N, neg, "", "account of the death, sourced to the judiciary (Iran)"))
U(d, "The Swiss embassy, which also looks after American interests here", "legal formalities are complete.",
  ("Iran", N, neu, "", "procedure"))
U(d, "Reporters Without Borders welcomed Ms Sala's release last week", "still held in the country.",
  ("Reporters Without Borders", T, neu, "Iran", "reported in a question; welcome joined to an appeal to free detainees, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "Nobody is in prison in Iran for being a journalist.", "Nobody is in prison in Iran for being a journalist.",
  ("Iran", N, neg, "", "denial = neutral"))
U(d, "This organisation has a long record of political positions", "as a measure of anything.",
  ("Iran", C, neg, "Reporters Without Borders", "'This organisation' = RSF; discrediting the organisation = judgement"))
U(d, "The European Union's foreign policy chief Kaja Kallas also welcomed the release", "the way it handled the case.",
  ("European Union", S, pos, "Italy", "reported in a question; welcome + praise of Italy = supporting (contrast with RSF's welcome + appeal)"))
U(d, "We are ready to discuss consular matters with any European country", "go in both directions.",
  ("Iran", T, neu, "", "offer of talks with a condition = calling_for_talks; several states -> target empty"))
U(d, "Leila Sadeghi, a researcher at the Caspian Institute for Regional Studies in Tehran, said", "keep the door to Rome open.",
  ("Leila Sadeghi", N, neu, "", "invented researcher; reading of the briefing, no judgement"))
U(d, "\"The spokesman was careful to thank Italy", "Sadeghi said.",
  ("Leila Sadeghi", N, neu, "", "analysis"))
U(d, "\"That is a sign Tehran wants to separate Europe from the United States", "takes office.\"",
  ("Leila Sadeghi", N, neu, "", "quote continued after its attribution; analysis"))
U(d, "Marco Bellandi, a former Italian diplomat who now teaches international law", "the denial of a swap.",
  ("Marco Bellandi", C, neg, "Iran", "former diplomat speaks for no body; disbelieving Iran's denial = charge that it is false (unsure: could be neutral doubt)"))
U(d, "\"The timing speaks for itself, and it is a bad precedent", "Bellandi said.",
  ("Marco Bellandi", C, neg, "", "judgement of the de facto exchange (both governments) -> target empty"))
