# ------------------------------------------------------------------ Killing of Shireen Abu Akleh in Jenin (UN noon briefing, excerpts with Q&A, 2022-05-11)
d = "page_abuakleh_unbriefing.txt"
# Site furniture, document title and metadata, the 'Note:' and transcript lines, the section heading, 'Questions and Answers', 'For information media…', related documents, share line, footer: never statements.
# Journalists asking questions are not actors; a position of a named actor reported inside a question is that actor's statement (guide: a position of X reported by Y).
# 'I want to start by reiterating what we said …' = lead-in, no position.
U(d, "The Secretary-General is appalled by the killing of Shireen Abu Akleh", "in the occupied West Bank.",
  ("United Nations", N, neg, "", "alarm without a judgement of an actor and without an appeal = neutral, negative"))
U(d, "He sends his deepest condolences to her family and to her colleagues", "in the same incident.",
  ("United Nations", S, pos, "", "condolences and wishes to the victims (not an actor) = sympathy/solidarity = supporting, target empty"))
U(d, "The Secretary-General calls on the relevant authorities to carry out an independent", "held to account.",
  ("United Nations", T, neg, "", "demand for an investigation and accountability with no judgement word = calling_for_talks (as batch5c's demands for an investigation); 'relevant authorities' unnamed -> target empty"))
U(d, "He condemns all attacks on journalists and all killings of journalists", "wherever they take place.",
  ("United Nations", C, neg, "", "condemnation, aimed at no named actor -> target empty"))
U(d, "Those who report the news must be able to do their work free from harassment", "peace and of human rights.",
  ("United Nations", T, pos, "", "appeal for the protection of journalists = calling_for_talks (protection of civilians)"))
# 'Our Special Coordinator … also spoke out this morning.' = summary line, the specific statements follow (no row).
U(d, "He said he strongly condemned the killing and that he was shocked", "had been shot.",
  ("United Nations", C, neg, "", "Special Coordinator = United Nations; condemnation, no perpetrator named -> target empty"))
U(d, "Mr. Wennesland called for an immediate and thorough investigation", "deterioration on the ground.",
  ("United Nations", T, neu, "", "investigation + contacts with the parties to prevent deterioration = calling_for_talks"))
U(d, "From Geneva, our colleagues at the UN human rights office said", "what they found.",
  ("United Nations", N, neu, "", "UN human rights office = United Nations (name files); gathering information = procedure; Geneva = place"))
U(d, "And the head of UNESCO, Audrey Azoulay, condemned the killing", "quarter of a century.",
  ("UNESCO", C, neg, "", "UNESCO as its own actor (name files); condemnation + call for an investigation: rule 1"))
U(d, "The Israeli Prime Minister, Naftali Bennett, said this morning that, according to Israel's information", "responsible for her death.",
  ("Israel", C, neg, "", "inside a journalist's question: Bennett blames 'armed Palestinians firing indiscriminately' (not a canonical actor -> target empty); the question itself is not a statement"))
U(d, "Spokesman: No, we do not have that information", "who fired.",
  ("United Nations", N, neu, "", "declining to speculate = neutral"))
U(d, "That is exactly why we want to see an investigation that is independent", "made public.",
  ("United Nations", T, neu, "", "appeal for an independent investigation = calling_for_talks"))
U(d, "Israel's Foreign Minister, Yair Lapid, has offered the Palestinian Authority a joint investigation", "joint autopsy.",
  ("Israel", T, neu, "Palestine", "in a question: an offer of a joint investigation = calling_for_talks, addressed to the PA (= Palestine)"))
U(d, "The Palestinians said no.", "The Palestinians said no.",
  ("Palestine", N, neg, "", "a refusal with no reason stated in the sentence = neutral (the reason comes in the next sentence)"))
U(d, "Their Civil Affairs Minister, Hussein al-Sheikh, says Israel's offer", "fully responsible.",
  ("Palestine", C, neg, "Israel", "'Their' = the Palestinians; 'cover up the crime' + 'fully responsible' = condemning"))
U(d, "Spokesman: I'm not going to get into the modalities; what matters is", "leads to accountability.",
  ("United Nations", T, neu, "", "declines to take a side on the format, then asks for a credible investigation and accountability = calling_for_talks"))
U(d, "Question: Steph, Al Jazeera has said she was killed \"in cold blood\"", "when the shooting started.",
  ("", C, neg, "Israel", "Al Jazeera is a media outlet ('-' in the name files: not an actor) and 'the journalists who were with her' are unnamed: kept with an empty actor as a stance example (accusation of Israeli forces); never counts for an actor"))
U(d, "Spokesman: I have not seen anything that would allow me to say that", "extremely troubling.",
  ("United Nations", T, neg, "", "no finding + 'journalists must never be a target' (appeal) + alarm at the images, no judgement of an actor = calling_for_talks"))
U(d, "Question: The Palestinian Ambassador, Riyad Mansour, has sent letters", "international investigation.",
  ("Palestine", T, neg, "", "letters to the Council and the SG asking for an international investigation = pursuing the UN track (calling_for_talks, unsure: a protest step)"))
U(d, "Spokesman: We have received the letter, which is being studied", "beginning of this briefing.",
  ("United Nations", N, neu, "", "procedure, refers back to the stated position = neutral"))
U(d, "Question: The US Ambassador to Israel, Tom Nides, tweeted that he was very sad", "thorough investigation.",
  ("United States", T, neg, "", "in a question: grief + encouragement of an investigation = calling_for_talks (negative tone)"))
U(d, "The State Department also said it strongly condemned the killing.", "strongly condemned the killing.",
  ("United States", C, neg, "", "condemnation, no perpetrator named -> target empty"))
U(d, "Spokesman: I'll let the US speak for itself, but we welcome all voices", "cooperate with it.",
  ("United Nations", T, pos, "", "welcome of the calls + hope that the parties cooperate = calling_for_talks (rule 2 before rule 3)"))
U(d, "The Israeli army says its forces were carrying out counter-terrorism arrests", "heavy fire from gunmen.",
  ("Israel", N, neg, "", "the army = Israel; own operation + being fired on by unnamed gunmen = account of its own operation, no judgement of a canonical actor = neutral (unsure: could be read as an accusation)"))
U(d, "Palestinian health officials say one person was killed", "several others wounded.",
  ("Palestine", N, neg, "", "'Palestinian health officials' read as officials of the Palestinian health ministry (tied to a named government) = Palestine; figures = neutral (unsure: could be unnamed officials with no actor)"))
U(d, "Spokesman: Our colleagues at OCHA are checking the numbers, but we are very concerned", "over the past weeks.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; OCHA = United Nations"))
U(d, "Israel's Defence Minister, Benny Gantz, said tonight", "including its own soldiers.",
  ("Israel", N, neu, "", "'Question: One more.' is left out of the unit (a fragment); Gantz as defence minister = Israel (not declared as an alias: elsewhere he is Blue and White); open-minded account, no judgement = neutral"))
U(d, "Spokesman: It doesn't change our call: we want the facts established", "made public.",
  ("United Nations", T, neu, "", "repeats the call for an investigation = calling_for_talks"))
U(d, "The European Union has also called for an independent inquiry.", "independent inquiry.",
  ("European Union", T, neu, "", "in a question: the EU's call = calling_for_talks"))
U(d, "Spokesman: That is not something that is on the table today", "Thank you.",
  ("United Nations", N, neu, "", "no UN-led investigation planned = neutral"))
