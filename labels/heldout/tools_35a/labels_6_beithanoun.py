# ------------------------------------------------------------------ Beit Hanoun shelling and the US veto (live blog, full HTML, 2006-11-08 to 15)
d = "page_beit_hanoun_liveblog.html"
# No rows: masthead, menu, sign-in, section path, LIVE headline, standfirst, blog editors, last updated, share bar, KEY EVENTS
# bullets, timestamps and entry headings, ADVERTISEMENT, Related:, "Show earlier updates", topics, newsletter prompt,
# MOST VIEWED, copyright. Editors' own lines ("That's where we will leave this blog ...", "Reactions to the veto have been
# coming in all evening.", "Good morning. We are getting reports ...") are the outlet's: no rows.
U(d, "The UN Human Rights Council, meeting in a special session, has voted", "operations in Gaza.",
  ("United Nations", C, neg, "Israel", "Human Rights Council = United Nations; fact-finding mission + condemnation (rule 1); Geneva (in the heading) = place"))
U(d, "Israel's envoy in Geneva told the council", "Israeli towns every day.",
  ("Israel", C, neg, "United Nations", "unnamed envoy of a named government = Israel; accuses the council of singling Israel out"))
U(d, "Arab foreign ministers meeting in Cairo have agreed", "the Arab League says.",
  ("Arab League", S, pos, "Palestine", "ministers meeting in the League, decision reported by the League (attribution tail); funds to the Palestinian government = backing by act (unsure: the government is Hamas-led; target Palestine as the PA); Cairo = place"))
U(d, "Amr Moussa, the League's secretary-general, told reporters", "already boiling.",
  ("Arab League", C, neg, "United States", "role after name ('the League's'); judgement of the US veto"))
U(d, "The Palestinian observer at the UN, Riyad Mansour,", "assaults on Gaza.",
  ("Palestine", C, neg, "United States", "role then name; the veto blamed for encouraging Israel (Israel is inside the object clause); target = the vetoing state"))
U(d, "Israel's ambassador, Dan Gillerman, thanked Washington", "one-sided resolutions.",
  ("Israel", S, pos, "United States", "thanks = supporting; Washington = metonym"))
U(d, "In Gaza, Ghazi Hamad, spokesman for the Hamas-led government,", "kill more Palestinians.",
  ("Hamas", C, neg, "United States", "spokesman of the Hamas-led government = Hamas (unsure: could be Palestine as the PA government); 'the Americans' = the US; accusation; Gaza = place"))
U(d, "\"Nobody in this region will listen to Washington's sermons", "he said.",
  ("Hamas", C, neg, "United States", "quote by the same speaker in the same paragraph, closed by 'he said'"))
U(d, "The United States has vetoed a draft resolution on Gaza at the Security Council.", "The United States has vetoed a draft resolution on Gaza at the Security Council.",
  ("United States", N, neg, "", "the veto reported as an act, reason given only by Bolton below = neutral (unsure: blocking a text could be read as condemning its sponsors)"))
U(d, "Ten members voted for the text;", "Slovakia abstained.",
  ("United Kingdom", N, neu, "", "list of four abstaining states, one row each; abstention without a stated reason = neutral; the ten yes votes are unnamed (no rows)"),
  ("Denmark", N, neu, "", "same"),
  ("Japan", N, neu, "", "same"),
  ("Slovakia", N, neu, "", "same"))
U(d, "The draft, put forward by Qatar on behalf of the Arab states,", "fact-finding mission.",
  ("Qatar", C, neg, "Israel", "the sponsor's text = Qatar's position; condemnation of Israel's operations (and of rocket fire) + withdrawal demand: rule 1; the 'Arab states' are not named one by one (no rows)"))
U(d, "America's ambassador, John Bolton, said the text was lopsided,", "nothing for peace.",
  ("United States", C, neg, "", "judgement of the draft and, by implication, its sponsors; no actor named -> target empty"))
U(d, "Qatar's ambassador, Nassir Abdulaziz al-Nasser, said the council", "needed its protection.",
  ("Qatar", C, neg, "United Nations", "reproach of the Security Council (= United Nations)"))
# "Related: Analysis ..." link, no row.
U(d, "At an emergency session of the Security Council in New York,", "horrified the secretariat.",
  ("United Nations", N, neg, "", "role then name; horror without an appeal in this sentence = neutral, negative"))
U(d, "Israel should rethink its use of artillery near homes, she said,", "resume talks.",
  ("United Nations", T, neg, "", "'she' = Kane, attribution mid-sentence; appeals to both sides, no judgement word"))
# Funerals and the unnamed relative: narration / not an actor, no rows.
U(d, "The Israeli army says a preliminary inquiry has found", "off target.",
  ("Israel", N, neg, "", "the army = Israel; own inquiry finding (technical fault), no judgement"))
U(d, "Condoleezza Rice telephoned Mahmoud Abbas this evening", "Nabil Abu Rudeineh.",
  ("United States", S, neu, "Palestine", "Rice's condolences reported by Abbas's spokesman = a US position (sympathy = supporting); Abu Rudeineh only relays it (no Palestine row)"))
U(d, "Abbas asked her to use Washington's weight", "the spokesman said.",
  ("Palestine", T, neg, "United States", "appeal addressed to the US to halt Israel's operations, no judgement word; attribution tail"))
U(d, "Khaled Meshaal, Hamas's political leader, who lives in exile in Damascus,", "to hit back.",
  ("Hamas", C, neg, "Israel", "end of the truce + call to retaliate = threat; Damascus = place"))
U(d, "Hamas's armed wing went further,", "American interests.",
  ("Hamas", C, neg, "United States", "armed wing = Hamas; blame + threat against US interests"))
U(d, "The Palestinian prime minister, Ismail Haniyeh of Hamas,", "mourning period.",
  ("Hamas", C, neg, "Israel", "Hamas PM (resolved to Hamas, unsure: Palestine as PA); 'slaughter' + suspension of unity talks; Abbas's Fatah is an object"))
U(d, "The European Union's Finnish presidency said it was appalled", "rocket attacks.",
  ("European Union", T, neg, "", "presidency speaking for the EU; alarm + appeals to both sides, no judgement word"))
U(d, "The UN secretary general, Kofi Annan, was dismayed by the killings,", "halt rocket fire.",
  ("United Nations", T, neg, "", "attribution mid-sentence; dismay + appeals to both"))
U(d, "Ehud Olmert said he was deeply sorry for the loss of innocent lives", "medical supplies.",
  ("Israel", S, neg, "Palestine", "regret + offer of medical aid = supporting (aid), for the Palestinian wounded"))
U(d, "He added that Israel would keep acting against the rocket crews", "among civilians.",
  ("Israel", C, neg, "", "'He' = Olmert; continued operations announced + accusation of the rocket crews (unnamed groups: target empty)"))
U(d, "The defence minister, Amir Peretz, has ordered a halt to artillery fire", "immediate investigation.",
  ("Israel", N, neu, "", "own measures and inquiry"))
U(d, "Mahmoud Abbas, the Palestinian president, has declared three days of mourning.", "Mahmoud Abbas, the Palestinian president, has declared three days of mourning.",
  ("Palestine", N, neg, "", "role after name; national mourning = own measure, no judgement in this sentence"))
U(d, "He called the shelling a massacre and asked for an urgent meeting", "UN Security Council.",
  ("Palestine", C, neg, "Israel", "'He' = Abbas; 'massacre' + request for a Council meeting (rule 1); the shelling is Israel's by the page's context"))
# Hospital officials: unnamed, not actors; the troop pull-out: narration. No rows.
